# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""admin_rest_emulate: the module answering like the published versions, "current"
(Prosody 13's) and "classic" (0.9-0.12's). Every contract row against both is in
test_contract_rows.py.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_emulations
"""

import unittest

from harness import SandboxTestCase, is_message


class CurrentEmulationTest(SandboxTestCase):
    """admin_rest_emulate = "current": answers like the published Prosody 13 version."""

    sandbox_args = dict(users=6, bots=1, emulate="current")

    def test_no_extensions(self):
        self.assertReply(self.api.get("/info"), 404, "Invalid request path")
        self.assertReply(self.api.get("/registered-users"), 404, "Invalid request path")
        self.assertReply(self.api.get("/last-activity"), 404, "Invalid request path")
        self.assertReply(self.api.post("/announce", {"message": "x"}), 404, "Invalid request path")
        for path in ("/sessions/alice", "/sessions/alice/laptop"):
            self.assertReply(self.api.delete(path, {"reason": "x"}), 404, "Invalid request path")
        self.assertReply(self.api.get("/user/alice/connected"), 200, {"connected": True})  # not kicked

    def test_message_type_and_subject_are_ignored(self):
        self.assertReply(self.api.post("/user/plainmsg", {"password": "Pw-1"}), 201)
        bot = self.bot("plainmsg", password="Pw-1")
        for i, extra in enumerate(({"type": "chat", "subject": "S"}, {"type": "bogus"}, {"subject": 5})):
            self.assertReply(self.api.post("/message/plainmsg", dict(extra, message="m%d" % i)), 200)
            event = bot.wait_for(is_message("m%d" % i))
            self.assertEqual((event["type"], event["subject"]), ("normal", ""))
        self.assertReply(self.api.post("/broadcast", {"message": "b", "type": "headline", "subject": "S"}), 200)
        event = bot.wait_for(is_message("b"))
        self.assertEqual((event["type"], event["subject"]), ("normal", ""))

    def test_groups_route_without_get(self):
        self.assertReply(self.api.get("/groups"), 405, "Invalid request method")
        self.assertReply(self.api.get("/groups/staff"), 405, "Invalid request method")
        self.assertReply(self.api.put("/groups/emu", {"name": "Emu"}), 200, {"group_id": "emu"})

    def test_multicast_is_an_invalid_path(self):
        body = {"recipients": [{"to": self.info["users"][0], "message": "x"}]}
        self.assertReply(self.api.post("/message", body), 404, "Invalid request path")
        self.assertReply(self.api.post("/message/" + self.info["users"][0], {"message": "single"}), 200)

    def test_unload_answers_500_after_unloading(self):
        self.assertReply(self.api.put("/module/time"), 200, "Module loaded: time")
        self.assertProsodyErrorPage(self.api.delete("/module/time"))
        self.assertReply(self.api.get("/module/time"), 404, {"module": "time", "loaded": False})

    def test_empty_lists_are_objects(self):
        r = self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": {}, "count": 0})
        self.assertIn('"whitelist":{}', r.raw)

    def test_all_users_has_an_empty_body(self):
        r = self.api.get("/all-users")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.raw, "")

    def test_existing_user_password_overwritten(self):
        user = self.info["users"][2]
        self.assertReply(self.api.post("/user/" + user, {"password": "over"}), 200,
                         "User <%s@%s> already existed, password updated" % (user, self.domain))

    def test_user_at_host_accepted(self):
        self.assertReply(self.api.post("/user/emma@" + self.info["second_domain"], {"password": "x"}), 201)

    def test_reload_fails_like_the_published_version(self):
        self.assertReply(self.api.put("/reload"), 500, "Internal server error")

    def test_sessions_without_address_details(self):
        user = self.api.get("/user/" + self.info["users"][0]).result["user"]
        self.assertEqual(set(user), {"connected", "sessions", "roster"})  # no last_activity
        self.assertEqual(set(user["sessions"][0]), {"resource", "id"})


class ClassicEmulationTest(SandboxTestCase):
    """admin_rest_emulate = "classic": answers like the published 0.9-0.12 version."""

    sandbox_args = dict(users=4, bots=0, emulate="classic")

    def test_existing_user_conflict(self):
        self.assertReply(self.api.post("/user/" + self.info["users"][0], {"password": "x"}), 409, "User already exists")
        self.assertReply(self.api.post("/user/newclassic", {"password": "x"}), 201)

    def test_current_routes_missing(self):
        for method, path in (("GET", "/all-users"), ("GET", "/vcards/alice"), ("PUT", "/reload"),
                             ("DELETE", "/data"), ("DELETE", "/certs"), ("GET", "/groups"),
                             ("PUT", "/groups/x"), ("PATCH", "/user/alice/role"), ("GET", "/info"),
                             ("GET", "/registered-users"), ("GET", "/last-activity"), ("POST", "/announce"),
                             ("DELETE", "/sessions/alice")):
            self.assertReply(self.api.call(method, path, body={"role": "prosody:admin", "name": "x"}), 404,
                             "Invalid request path")

    def test_user_at_host_not_accepted(self):
        self.assertReply(self.api.get("/user/alice@" + self.domain), 404, "User does not exist or is malformed")

    def test_classic_routes_work(self):
        self.assertReply(self.api.get("/ping"), 200, "PONG")
        self.assertReply(self.api.get("/users"), 200, {"users": {}, "count": 0})
        self.assertReply(self.api.get("/roster/alice"), 200)
        self.assertReply(self.api.post("/message/bob", {"message": "queued"}), 202)


if __name__ == "__main__":
    unittest.main()
