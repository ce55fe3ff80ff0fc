# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Account lifecycle (ours): disabling and enabling accounts with real XMPP clients, and deletion
with a grace period (Prosody 13: pending deletions, restore).

Prosody 13 keeps the disabled state itself (usermanager.disable_user); on 0.12 the module keeps it
and guards the host's auth provider: both must close the sessions, refuse SASL
(<account-disabled/>) and the API, and keep every bit of the account.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_accounts
"""

import unittest

from harness import PROSODY_13, BotProcess, SandboxTestCase, is_disabled

GRACE = 3600


class DisableTest(SandboxTestCase):
    sandbox_args = dict(users=4, bots=0)

    def login_fails(self, user, password=None):
        bot = BotProcess(self.info, user, password=password)
        self.bots.append(bot)
        return bot.wait_online()

    def test_a_disabled_account_is_disconnected_refused_and_kept(self):
        roster = self.roster_jids("alice")
        self.assertTrue(roster)
        online = self.bot("alice", resource="laptop")
        r = self.assertReply(self.api.patch("/user/alice/enabled", {"enabled": False, "reason": "spam wave"}), 200)
        account = r.result["account"]
        self.assertEqual((account["jid"], account["enabled"], account["closed"]), ("alice@" + self.domain, False, 1))
        self.assertEqual((account["disabled"]["reason"], account["disabled"]["by"]), ("spam wave", self.info["jid"]))
        event = online.wait_for(is_disabled)
        self.assertEqual((event["condition"], event["text"]), ("not-authorized", "Account disabled"))
        # Refused while disabled: SASL says why, the account is still there with its roster.
        refused = self.login_fails("alice")
        self.assertEqual((refused["event"], refused["condition"]), ("error", "account-disabled"), refused)
        user = self.assertReply(self.api.get("/user/alice"), 200).result["user"]
        self.assertEqual((user["enabled"], user["disabled"]["reason"]), (False, "spam wave"))
        self.assertEqual(self.roster_jids("alice"), roster)
        self.assertNotIn("enabled", self.api.get("/registered-users").result["users"][0])  # only on request
        listed = {u["jid"]: u for u in self.api.get("/registered-users?fields=enabled").result["users"]}
        self.assertFalse(listed["alice@" + self.domain]["enabled"])
        self.assertTrue(listed["bob@" + self.domain]["enabled"])
        # Enabled again: logs in.
        r = self.assertReply(self.api.patch("/user/alice/enabled", {"enabled": True}), 200)
        self.assertEqual((r.result["account"]["enabled"], r.result["account"]["disabled"]), (True, None))
        self.bot("alice")
        self.assertTrue(self.api.get("/user/alice").result["user"]["enabled"])

    def test_a_disabled_administrator_cannot_use_the_api(self):
        self.create_user("deputy", "pw-deputy")
        self.assertReply(self.api.patch("/user/deputy/role", {"role": "prosody:admin"}), 200)
        deputy = self.api.as_account("deputy@" + self.domain, "pw-deputy")
        self.assertReply(deputy.get("/ping"), 200, "PONG")
        self.assertReply(self.api.patch("/user/deputy/enabled", {"enabled": False}), 200)
        self.assertReply(deputy.get("/ping"), 401, "Authentication failure")
        self.assertReply(self.api.patch("/user/deputy/enabled", {"enabled": True}), 200)
        self.assertReply(deputy.get("/ping"), 200, "PONG")

    def test_refusals(self):
        self.assertReply(self.api.patch("/user/carol/enabled", {"reason": "x"}), 400,
                         "Invalid enabled: must be true or false")
        self.assertReply(self.api.patch("/user/carol/enabled", {"enabled": False, "reason": 5}), 400,
                         "Invalid reason: must be a string of at most 1000 bytes")
        self.assertReply(self.api.patch("/user/carol/enabled", raw="no"), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.patch("/user/nobody/enabled", {"enabled": False}), 404,
                         "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.patch("/user/admin/enabled", {"enabled": False}), 409,
                         "Refusing to disable the account making this request: " + self.info["jid"])
        self.assertTrue(self.api.get("/user/carol").result["user"]["enabled"])

    def test_info_lists_the_extensions(self):
        info = self.api.get("/info").result["info"]
        self.assertIn("account-disable", info["extensions"])
        if PROSODY_13:
            self.assertEqual(info["unavailable"]["pending-deletions"],
                             "registration_delete_grace_period is not set for " + self.domain)
        else:
            self.assertIn("needs Prosody 13", info["unavailable"]["pending-deletions"])


class GraceDeletionTest(SandboxTestCase):
    sandbox_args = dict(users=4, bots=0, grace_period=GRACE)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not PROSODY_13:
            cls.tearDownClass()
            raise unittest.SkipTest("Prosody 0.12 has no usermanager.disable_user nor "
                                    "mod_user_account_management's restore_account")

    def test_a_deleted_account_is_restored_with_its_roster(self):
        roster = self.roster_jids("bob")
        self.assertTrue(roster)
        online = self.bot("bob")
        r = self.assertReply(self.api.delete("/user/bob"), 202)
        self.assertRegex(r.result, r"^User scheduled for deletion: bob@sandbox\.localhost \(restorable until "
                                   r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)$")
        online.wait_for(is_disabled)
        self.assertEqual(self.login_error("bob"), "account-disabled")
        pending = self.assertReply(self.api.get("/pending-deletions"), 200).result
        self.assertEqual([u["jid"] for u in pending["users"]], ["bob@" + self.domain])
        item = pending["users"][0]
        self.assertEqual(item["pending_until"] - item["deleted_at"], GRACE)
        user = self.api.get("/user/bob").result["user"]
        self.assertEqual((user["enabled"], user["pending_deletion"]), (False, {k: item[k] for k in
                                                                              ("deleted_at", "pending_until")}))
        self.assertReply(self.api.delete("/user/bob"), 202)  # already scheduled: nothing changes
        self.assertReply(self.api.post("/pending-deletions/bob/restore"), 200, "User restored: bob@" + self.domain)
        self.assertEqual(self.api.get("/pending-deletions").result["users"], [])
        self.assertEqual(self.roster_jids("bob"), roster)
        self.bot("bob")
        self.assertReply(self.api.post("/pending-deletions/bob/restore"), 404,
                         "User is not pending deletion: bob@" + self.domain)

    def login_error(self, user):
        bot = BotProcess(self.info, user)
        self.bots.append(bot)
        event = bot.wait_online()
        self.assertEqual(event["event"], "error", event)
        return event["condition"]

    def test_immediate_deletion_is_final(self):
        self.create_user("gone")
        self.assertReply(self.api.delete("/user/gone?immediate=true"), 200,
                         "User deleted: gone@%s (final, not restorable)" % self.domain)
        self.assertReply(self.api.get("/user/gone"), 404)
        self.assertReply(self.api.post("/pending-deletions/gone/restore"), 404, "User does not exist: gone@" + self.domain)

    def test_batch_deletion_is_restorable_unless_immediate(self):
        self.create_user("bkeep")
        self.create_user("bfinal")
        kept = self.assertReply(self.api.post("/batch/delete-users", {"users": ["bkeep"]}), 200).result["results"]
        self.assertEqual(kept[0]["status"], 202)
        self.assertRegex(kept[0]["result"], r"^User scheduled for deletion: bkeep@sandbox\.localhost \(restorable until "
                                            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)$")
        final = self.api.post("/batch/delete-users?immediate=true", {"users": ["bfinal"]})
        self.assertEqual(self.assertReply(final, 200).result["results"][0],
                         {"user": "bfinal", "status": 200,
                          "result": "User deleted: bfinal@%s (final, not restorable)" % self.domain})
        self.assertReply(self.api.post("/pending-deletions/bkeep/restore"), 200, "User restored: bkeep@" + self.domain)
        self.assertReply(self.api.get("/user/bfinal"), 404)

    def test_info_lists_pending_deletions(self):
        info = self.api.get("/info").result["info"]
        self.assertIn("pending-deletions", info["extensions"])
        self.assertEqual(info["unavailable"], {})


class WithoutGracePeriodTest(SandboxTestCase):
    """Deletion stays immediate without a grace period; the routes say why they are unavailable."""

    sandbox_args = dict(users=2, bots=0)

    def test_pending_deletion_routes_are_unavailable(self):
        expected = ("registration_delete_grace_period is not set for " + self.domain if PROSODY_13 else
                    "deletion with a grace period needs Prosody 13 (usermanager.disable_user) and an "
                    "authentication provider that can disable accounts")
        self.assertReply(self.api.get("/pending-deletions"), 501, "Unavailable: " + expected)
        self.assertReply(self.api.post("/pending-deletions/alice/restore"), 501, "Unavailable: " + expected)
        self.create_user("plain")
        self.assertReply(self.api.delete("/user/plain"), 200, "User deleted: plain@" + self.domain)


if __name__ == "__main__":
    unittest.main()
