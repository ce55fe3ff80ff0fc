# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Invitations (ours, through mod_invites on Prosody 0.12 and 13): an account invitation's token
really creates the account when a real client registers with it (XEP-0401 preauth, then XEP-0077,
as mod_invites_register expects), a reset invitation really sets a new password, revoked and expired
tokens are refused; roles and groups an invitation names; the refusals.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_invites
"""

import time

from harness import BotProcess, SandboxTestCase


class InvitesTest(SandboxTestCase):
    sandbox_args = dict(users=6, bots=0)

    def register(self, user, password, token):
        """A client registers user with the token, then logs in: -> its first event that ends it or
        shows it online ("online" after "registered", or "error")."""
        bot = BotProcess(self.info, user, password=password, register_token=token)
        self.bots.append(bot)
        return bot, bot.wait_online()

    def invite(self, body=None, path="/invites"):
        """-> the invitation made; its answer's sentence names what was made, for whom, until when."""
        result = self.assertReply(self.api.post(path, body or {}), 201).result
        invite = result["invite"]
        what = {"reset": "Password reset invitation", "account": "Invitation"}[invite["kind"]]
        if invite["reusable"]:
            what = "Reusable invitation"
        until = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(invite["expires"]))
        self.assertEqual(result["message"], "%s created for %s, valid until %s" % (what, invite["jid"], until))
        return invite

    def tokens(self):
        return {i["token"]: i for i in self.assertReply(self.api.get("/invites"), 200).result["invites"]}

    def test_an_account_invitation_creates_the_account(self):
        invite = self.invite({"username": "newbie", "expires_in": 3600})
        token = invite["token"]
        self.assertEqual((invite["kind"], invite["jid"], invite["username"], invite["reusable"], invite["expired"]),
                         ("account", "newbie@" + self.domain, "newbie", False, False))
        self.assertEqual(invite["uri"], "xmpp:newbie@%s?register;preauth=%s" % (self.domain, token))
        self.assertEqual((invite["creator"], invite["landing_page"]), (self.info["jid"], None))
        self.assertEqual(invite["expires"] - invite["created"], 3600)
        self.assertEqual(self.tokens()[token], invite)
        bot, event = self.register("newbie", "pw-newbie", token)
        self.assertEqual(event["event"], "online", event)
        self.assertEqual(bot.seen[0], {"event": "registered", "jid": "newbie@" + self.domain})
        self.assertReply(self.api.get("/user/newbie"), 200)
        self.assertNotIn(token, self.tokens())  # used up
        _, again = self.register("another", "pw", token)
        self.assertEqual((again["event"], again["condition"]), ("error", "forbidden"), again)

    def test_a_reset_invitation_sets_a_new_password(self):
        invite = self.invite(path="/invites/reset/bob")
        self.assertEqual((invite["kind"], invite["jid"]), ("reset", "bob@" + self.domain))
        self.assertEqual(invite["expires"] - invite["created"], 86400)
        _, event = self.register("bob", "pw-new-bob", invite["token"])
        self.assertEqual(event["event"], "online", event)
        old = BotProcess(self.info, "bob")
        self.bots.append(old)
        self.assertEqual(old.wait_online()["event"], "error")
        self.assertNotIn(invite["token"], self.tokens())

    def test_revoked_and_expired_tokens_are_refused(self):
        revoked = self.invite({"username": "revoked"})
        self.assertReply(self.api.delete("/invites/" + revoked["token"]), 200, "Invitation revoked: " + revoked["token"])
        self.assertNotIn(revoked["token"], self.tokens())
        _, event = self.register("revoked", "pw", revoked["token"])
        self.assertEqual((event["event"], event["condition"]), ("error", "forbidden"), event)
        short = self.invite({"username": "late", "expires_in": 1})
        deadline = time.monotonic() + 5
        while not self.tokens()[short["token"]]["expired"]:  # listed, marked expired once past
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.1)
        _, event = self.register("late", "pw", short["token"])
        self.assertEqual((event["event"], event["condition"]), ("error", "forbidden"), event)
        self.assertReply(self.api.get("/user/late"), 404)
        self.assertReply(self.api.delete("/invites/" + revoked["token"]), 404,
                         "Invitation does not exist: " + revoked["token"])

    def test_role_and_groups_of_an_invitation(self):
        invite = self.invite({"role": "prosody:admin", "groups": ["staff"], "reusable": True, "expires_in": 600})
        self.assertEqual((invite["kind"], invite["jid"], invite["username"], invite["reusable"], invite["role"],
                          invite["groups"]), ("account", self.domain, None, True, "prosody:admin", ["staff"]))
        for name in ("joiner1", "joiner2"):  # reusable: twice
            _, event = self.register(name, "pw-" + name, invite["token"])
            self.assertEqual(event["event"], "online", event)
        members = self.api.get("/groups/staff").result["group"]["members"]
        self.assertIn("joiner1", members)
        self.assertIn("joiner2", members)
        roles = {u["jid"]: u["role"] for u in self.api.get("/registered-users").result["users"]}
        self.assertEqual(roles["joiner1@" + self.domain], "prosody:admin")
        self.assertIn(invite["token"], self.tokens())
        self.assertReply(self.api.delete("/invites/" + invite["token"]), 200)

    def test_refusals(self):
        self.assertReply(self.api.post("/invites", {"username": "alice"}), 409, "User already exists: alice@" + self.domain)
        self.assertReply(self.api.post("/invites", {"username": "a b"}), 400, "Invalid username")
        self.assertReply(self.api.post("/invites", {"role": "prosody:nothing"}), 400)
        self.assertReply(self.api.post("/invites", {"groups": ["nogroup"]}), 400, "Unknown group: nogroup")
        self.assertReply(self.api.post("/invites", {"username": "x", "reusable": True}), 400,
                         "A reusable invitation cannot name a username")
        self.assertReply(self.api.post("/invites", {"expires_in": 0}), 400, "Invalid expires_in: seconds from 1 to 31622400")
        self.assertReply(self.api.post("/invites", raw="text"), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/invites/reset/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.patch("/user/carol/enabled", {"enabled": False}), 200)
        self.assertReply(self.api.post("/invites/reset/carol"), 409,
                         "Refusing a reset invitation for a disabled account: carol@" + self.domain)
        self.assertReply(self.api.patch("/user/carol/enabled", {"enabled": True}), 200)
        self.assertReply(self.api.post("/invites/other"), 404, "Invalid request path")
        self.assertReply(self.api.delete("/invites/no-such-token"), 404, "Invitation does not exist: no-such-token")
        self.assertIn("invitations", self.api.get("/info").result["info"]["extensions"])


class WithoutInvitesTest(SandboxTestCase):
    """A host without mod_invites: the routes say so."""

    sandbox_args = dict(users=2, bots=0, extra_config='modules_disabled = { "invites_register", "invites" }')

    def test_unavailable(self):
        message = "Unavailable: invitations need mod_invites loaded on " + self.domain
        self.assertReply(self.api.get("/invites"), 501, message)
        self.assertReply(self.api.post("/invites", {}), 501, message)
        self.assertReply(self.api.post("/invites/reset/alice"), 501, message)
        self.assertReply(self.api.delete("/invites/abc"), 501, message)
        info = self.api.get("/info").result["info"]
        self.assertNotIn("invitations", info["extensions"])
        self.assertEqual(info["unavailable"]["invitations"], "invitations need mod_invites loaded on " + self.domain)
