# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Last activity: GET /last-activity, GET /user/<u> -> last_activity, the module's own
records across a login and logout, and Prosody 13's mod_account_activity.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_last_activity
"""

import time
import unittest

from harness import PROSODY_13, OursTestCase, SandboxTestCase, is_disconnected
from sandbox_data import DOMAIN


class LastActivityTest(OursTestCase):
    """Last activity of every user, across logins and logouts."""

    def activity(self, host=None):
        path = "/last-activity?limit=5000" + ("&host=" + host if host else "")
        result = self.assertReply(self.api.get(path), 200).result
        return {u["jid"]: u for u in result["users"]}, result

    def test_last_activity_of_every_user(self):
        users, result = self.activity()
        self.assertEqual(result["since"], self.info["activity_since"])
        self.assertEqual(result["total"], self.api.get("/registered-users?limit=1").result["total"])
        self.assertEqual(result["count"], result["total"])
        bots = {b["jid"].split("/")[0] for b in self.info["bots"]}
        now = time.time()
        for name, recorded in self.info["last_activity"].items():
            entry = users["%s@%s" % (name, self.domain)]
            if entry["jid"] in bots:  # online now: the time of the request
                self.assertTrue(entry["online"])
                self.assertLessEqual(abs(entry["last_activity"] - now), 5)
            else:
                self.assertEqual((entry["online"], entry["last_activity"]), (False, recorded))
        self.assertIsNone(users[self.info["nonadmin_jid"]]["last_activity"])  # never seen since recording began
        page = self.api.get("/last-activity?offset=2&limit=3").result
        self.assertEqual([u["jid"] for u in page["users"]], sorted(users)[2:5])
        self.assertReply(self.api.get("/last-activity?offset=x"), 400, "Invalid offset or limit")
        self.assertReply(self.api.get("/last-activity?host=unknown.example"), 404,
                         "Host does not exist or is malformed")

    def test_last_activity_follows_login_and_logout(self):
        self.create_user("seen")
        jid = "seen@" + self.domain
        self.assertIsNone(self.activity()[0][jid]["last_activity"])
        self.assertIsNone(self.api.get("/user/seen").result["user"]["last_activity"])
        before = int(time.time())
        bot = self.bot("seen", password="Pw-12345")
        self.assertTrue(self.activity()[0][jid]["online"])
        bot.stop()
        deadline = time.monotonic() + 10
        while self.api.get("/user/seen/connected").status == 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        after = int(time.time()) + 1
        entry = self.activity()[0][jid]
        self.assertFalse(entry["online"])
        self.assertTrue(before <= entry["last_activity"] <= after, (before, entry, after))
        self.assertEqual(self.api.get("/user/seen").result["user"]["last_activity"], entry["last_activity"])
        # Another host's users, through ?host=
        second = self.info["second_domain"]
        self.create_user("elsewhere", host=second)
        self.bot("elsewhere@" + second, password="Pw-12345").stop()
        users, _ = self.activity(second)
        self.assertGreaterEqual(users["elsewhere@" + second]["last_activity"], before)

    def test_deleted_user_leaves_no_activity_behind(self):
        self.create_user("gone")
        self.bot("gone", password="Pw-12345")
        self.assertReply(self.api.delete("/user/gone"), 200)
        self.bots[-1].wait_for(is_disconnected)
        self.create_user("gone")  # the same name again: a new account, never seen
        self.assertIsNone(self.api.get("/user/gone").result["user"]["last_activity"])


class AccountActivityTest(SandboxTestCase):
    """Prosody 13's mod_account_activity, loaded on the host, counts for last activity."""

    sandbox_args = dict(users=4, bots=0, extra_modules=["account_activity"])

    @classmethod
    def setUpClass(cls):
        if not PROSODY_13:
            raise unittest.SkipTest("Prosody 0.12 has no mod_account_activity")
        super().setUpClass()

    def last_activity(self, name):
        return self.assertReply(self.api.get("/user/" + name), 200).result["user"]["last_activity"]

    def test_the_latest_record_wins(self):
        carol = self.info["users"][2]
        own = self.info["last_activity"][carol]  # the module's own record
        self.assertEqual(self.last_activity(carol), own)
        self.sandbox.write_store(DOMAIN, "account_activity", carol, {"timestamp": own + 86400})
        self.assertEqual(self.last_activity(carol), own + 86400)
        users = self.api.get("/last-activity").result["users"]
        self.assertEqual([u["last_activity"] for u in users if u["jid"] == "%s@%s" % (carol, self.domain)],
                         [own + 86400])
        self.sandbox.write_store(DOMAIN, "account_activity", carol, {"timestamp": own - 86400})
        self.assertEqual(self.last_activity(carol), own)

    def test_a_login_is_recorded_by_it(self):
        dave = self.info["users"][3]
        before = int(time.time())
        self.bot(dave).stop()
        self.assertIn((DOMAIN, "account_activity", dave), self.sandbox.records(), "mod_account_activity wrote nothing")
        self.assertGreaterEqual(self.last_activity(dave), before)


if __name__ == "__main__":
    unittest.main()
