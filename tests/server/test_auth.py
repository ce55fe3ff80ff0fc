# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Requests as the module reads them: transport, authentication, the administrator check,
paths and bodies (our module, one sandbox). Host isolation, the authorization matrix and
the throttle on password guessing are in test_isolation.py.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_auth
"""

import base64
import unittest

from harness import OursTestCase


class AuthTest(OursTestCase):
    """Authentication and the probing rules: what every route answers before its handler runs."""

    def test_ping(self):
        self.assertReply(self.api.get("/ping"), 200, "PONG")

    def test_missing_authorization_header(self):
        self.assertReply(self.api.get("/ping", auth=None), 400, "Missing authorization header")

    def test_malformed_authorization(self):
        self.assertReply(self.api.get("/ping", auth="Basic " + base64.b64encode(b"no-colon").decode()),
                         400, "Invalid authentication details")
        self.assertReply(self.api.get("/ping", auth="Basic !!!notbase64"), 400, "Invalid authentication details")

    def test_wrong_password(self):
        self.assertReply(self.api.get("/ping", auth=(self.info["jid"], "wrong")), 401, "Authentication failure")

    def test_bare_user_name_is_read_as_a_host(self):
        self.assertReply(self.api.get("/ping", auth=("admin", self.info["password"])),
                         404, "Host does not exist or is malformed")

    def test_unknown_host_in_credentials(self):
        self.assertReply(self.api.get("/ping", auth=("admin@elsewhere.example", "x")),
                         404, "Host does not exist or is malformed")

    def test_non_admin_refused(self):
        r = self.api.get("/ping", auth=(self.info["nonadmin_jid"], self.info["nonadmin_password"]))
        self.assertReply(r, 401, "User must be an administrator")

    def test_probe_rule_unknown_route_and_unhandled_method(self):
        self.assertReply(self.api.get("/no-such-route"), 404, "Invalid request path")
        self.assertReply(self.api.patch("/ping"), 405, "Invalid request method")
        self.assertReply(self.api.get("/reload"), 405, "Invalid request method")
        self.assertReply(self.api.get("/data"), 405, "Invalid request method")
        self.assertReply(self.api.get("/"), 404, "Invalid request path")

    def test_empty_segment_is_an_invalid_path(self):
        self.assertReply(self.api.put("/whitelist/"), 404, "Invalid request path")
        self.assertReply(self.api.get("/groups/"), 404, "Invalid request path")
        self.assertReply(self.api.post("/user/", {"password": "x"}), 404, "Invalid request path")

    def test_percent_encoded_slash_still_splits(self):
        self.assertReply(self.api.get("/user/a%2Fb"), 404, "Invalid request path")

    def test_body_that_is_not_a_json_object(self):
        self.assertReply(self.api.post("/user/jsonless", raw="[1, 2]", content_type="application/json"),
                         400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/user/jsonless", raw="{not json", content_type="application/json"),
                         400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/user/jsonless"), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.get("/user/jsonless"), 404, "User does not exist: jsonless@%s" % self.domain)

    def test_strings_that_are_not_text_are_refused(self):
        # Found by the module fuzzer: U+0000 in a message failed with a 500 on Prosody 0.12 (the
        # stanza refused it), and a vCard of bytes that are not UTF-8 was stored as it was (a 500
        # from PostgreSQL). Every string of a JSON body, keys too, is checked where it is decoded.
        message = ("Body not allowed: its text must be UTF-8 without control characters "
                   "(tab and line breaks are allowed)")
        for body in ('{"message": "\\u0000"}', '{"message": "bell\\u0007"}', '{"\\u0001": "key"}',
                     '{"message": ["nested", {"deeper": "\\u001b[31m"}]}'):
            self.assertReply(self.api.post("/announce", raw=body, content_type="application/json"), 400, message)
        self.assertReply(self.api.post("/user/ctrlpw", raw='{"password": "a\\u0001b"}',
                                       content_type="application/json"), 400, message)
        self.assertReply(self.api.get("/user/ctrlpw"), 404, "User does not exist: ctrlpw@%s" % self.domain)
        self.assertReply(self.api.post("/user/vcardbytes", {"password": "Pw-12345"}), 201)
        vcard = b"BEGIN:VCARD\r\nFN:\xff\xfe\r\nEND:VCARD\r\n"
        reply = self.api.call("PUT", "/vcards/vcardbytes", raw=vcard, content_type="text/vcard")
        self.assertReply(reply, 400, message)
        self.assertEqual(self.api.get("/vcards/vcardbytes").status, 404)
        # Tabs and line breaks are text.
        self.assertEqual(self.api.post("/announce", {"message": "line one\r\n\tline two\n"}).status, 200)

    def test_bodies_nested_too_deep_are_refused(self):
        def nested(depth):
            return '{"message": "hi", "extra": %s1%s}' % ("[" * depth, "]" * depth)
        self.assertReply(self.api.post("/announce", raw=nested(65), content_type="application/json"), 400,
                         "Body not allowed: it is nested more than 64 levels deep")
        self.assertEqual(self.api.post("/announce", raw=nested(64), content_type="application/json").status, 200)


if __name__ == "__main__":
    unittest.main()
