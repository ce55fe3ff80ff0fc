# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The module under other options: HTTPS only (admin_rest_secure) under another base path,
without mod_offline and groups, wipes allowed; and mod_groups_internal loaded with
util.json instead of lua-cjson.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_options
"""

import os
import ssl
import unittest

from harness import HERE, Api, SandboxTestCase, is_message, wait_for_first_cron_run


class SecureNoOfflineTest(SandboxTestCase):
    """HTTPS only (admin_rest_secure), another base path, no mod_offline, no groups, wipes allowed."""

    sandbox_args = dict(users=5, bots=0, offline=False, https=True, allow_wipe=True, base="/api/rest",
                        extra_config="admin_rest_secure = true\nadmin_rest_groups = false")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        context = ssl.create_default_context(cafile=cls.info["cert_pem"])
        cls.tls = Api(cls.info["https_url"], cls.info["jid"], cls.info["password"], context=context)

    def test_plain_http_gets_no_answer_from_the_module(self):
        r = self.api.get("/ping")
        self.assertEqual(r.status, 404)
        self.assertNotEqual(r.content_type, "application/json")

    def test_https_works_under_the_configured_base(self):
        self.assertTrue(self.info["https_url"].endswith("/api/rest"))
        self.assertReply(self.tls.get("/ping"), 200, "PONG")
        info = self.tls.get("/info").result["info"]
        self.assertFalse(info["offline"])
        self.assertFalse(info["groups"])
        default_base = self.tls.get("/ping", url=self.info["https_url"].replace("/api/rest", "/admin_rest"))
        self.assertEqual(default_base.status, 404)
        self.assertNotEqual(default_base.content_type, "application/json")

    def test_groups_unavailable_when_disabled(self):
        self.assertReply(self.tls.get("/groups"), 404, "Invalid request path")
        self.assertReply(self.tls.put("/groups/x", {"name": "X"}), 404, "Invalid request path")

    def test_offline_message_dropped_without_offline_storage(self):
        user = self.info["users"][0]
        self.assertReply(self.tls.post("/message/" + user, {"message": "x"}), 501, "Message dropped per configuration")
        self.assertReply(self.tls.post("/message", {"recipients": [{"to": user, "message": "x"}]}), 404,
                         "No multicast recipients")

    def test_message_to_online_user_over_https(self):
        bot = self.bot(self.info["users"][1])
        session = self.tls.get("/user/" + self.info["users"][1]).result["user"]["sessions"][0]
        self.assertIs(session["secure"], False)
        self.assertEqual(self.tls.post("/message/" + self.info["users"][1], {"message": "tls"}).status, 200)
        bot.wait_for(is_message("tls"))

    def test_zz_wipes_when_allowed(self):
        # Runs last in this class (names sort): it destroys the sandbox's state.
        wait_for_first_cron_run(self.info)  # or Prosody 13 writes its cron records after the wipe
        certs = os.path.dirname(self.info["cert_pem"])
        self.assertTrue(os.listdir(certs))
        r = self.assertReply(self.tls.delete("/certs"), 200)
        self.assertEqual(r.result, "Certificate directory wiped: " + certs)
        self.assertEqual(os.listdir(certs), [])
        r = self.assertReply(self.tls.delete("/data"), 200)
        self.assertEqual(r.result, "Data directory wiped: " + self.info["data_dir"])
        self.assertEqual(self.sandbox.records(), {})
        self.assertReply(self.tls.get("/ping"), 401, "Authentication failure")  # the admin account went too


class GroupsInternalUtilJsonTest(SandboxTestCase):
    """mod_groups_internal loaded (a test double here): groups are handed to it. And
    JSON through Prosody's util.json instead of lua-cjson."""

    sandbox_args = dict(users=4, bots=1, extra_modules=["groups_internal"],
                        extra_plugin_paths=[os.path.join(HERE, "fake_modules")],
                        extra_config='admin_rest_json = "util.json"')

    def test_util_json_bodies(self):
        self.assertEqual(self.api.get("/info").result["info"]["json"], "util.json")
        r = self.assertReply(self.api.get("/last-activity"), 200)
        admin = [u for u in r.result["users"] if u["jid"] == self.info["jid"]][0]
        self.assertIsNone(admin["last_activity"])  # never seen: JSON null
        self.assertIn('"last_activity":null', r.raw)
        r = self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": [], "count": 0})
        self.assertIn("[]", r.raw)
        user = self.api.get("/user/" + self.info["users"][0]).result["user"]
        self.assertEqual(user["roster"], [])
        self.assertEqual(user["sessions"][0]["resource"], "laptop")
        users = self.assertReply(self.api.get("/all-users"), 200).result
        self.assertEqual(users["count"], len(self.info["users"]) + 2)
        self.assertEqual(users["users"][0]["secondary_roles"], [])
        name = "Zo\u00eb \u2603 \"quoted\" / back\\slash"
        self.assertReply(self.api.put("/groups/uni", {"name": name}), 200, {"group_id": "uni"})
        self.assertEqual(self.api.get("/groups/uni").result["group"]["name"], name)
        self.assertReply(self.api.post("/user/x", raw="{broken", content_type="application/json"), 400,
                         "Body does not exist or is malformed")
        self.assertReply(self.api.delete("/groups/uni"), 200)

    def test_groups_go_to_groups_internal(self):
        self.assertEqual(self.api.get("/info").result["info"]["groups"], "groups_internal")
        # The sandbox's own groups live in admin_rest's store, which is not used now.
        self.assertReply(self.api.get("/groups"), 200, {"groups": [], "count": 0})
        self.assertReply(self.api.put("/groups/team", {"name": "Team"}), 200, {"group_id": "team"})
        self.assertReply(self.api.put("/groups/team", {"name": "Team"}), 409, "conflict")
        self.assertReply(self.api.put("/groups/team/members/alice"), 200)
        self.assertReply(self.api.put("/groups/team/members/bob"), 200)
        self.assertReply(self.api.get("/groups/team"), 200,
                         {"group": {"id": "team", "name": "Team", "members": ["alice", "bob"]}})
        self.assertReply(self.api.get("/groups"), 200, {"groups": [{"id": "team", "name": "Team", "count": 2}],
                                                         "count": 1})
        self.assertReply(self.api.post("/groups/team/sync"), 200)
        self.assertReply(self.api.delete("/groups/team/members/bob"), 200)
        self.assertReply(self.api.put("/groups/none/members/bob"), 404, "group-not-found")
        self.assertReply(self.api.delete("/groups/team"), 200, "Group 'team' deleted successfully.")
        self.assertReply(self.api.get("/groups/team"), 404, "group-not-found")


if __name__ == "__main__":
    unittest.main()
