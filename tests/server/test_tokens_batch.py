# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Sign in once and ask in bulk (ours): bearer tokens (POST|DELETE /token) and the batch routes
(POST /batch/<operation>), against our module on the running Prosody (0.12 or 13).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_tokens_batch
"""

import os
import time
import unittest

from harness import HOST_ADMINS_ROLE, PROSODY_13, SandboxTestCase, log_count

H, O = "sandbox.localhost", "second.localhost"


def bearer(token):
    return "Bearer " + token


class TokenSandbox(SandboxTestCase):
    def token_of(self, api, **kw):
        reply = self.assertReply(api.post("/token", **kw), 200)
        return reply.result["token"]

    def logs(self):
        text = ""
        for name in ("prosody.log", "prosody.stdout"):
            path = os.path.join(os.path.dirname(self.info["log_file"]), name)
            if os.path.exists(path):
                with open(path, errors="replace") as f:
                    text += f.read()
        return text


class TokenTest(TokenSandbox):
    """Tokens with the default lifetime; Prosody's debug log, to show that no token is in it. No
    throttle: the revoked tokens tried here are failed authentications (TokenExpiryTest has it)."""

    sandbox_args = dict(users=3, bots=0, host_admins=True, debug_log=True,
                        extra_config="admin_rest_auth_failures = 0")  # revoked tokens are many here

    def admin(self, name):
        """A new administrator of H (a stored role) -> its Api"""
        self.create_user(name, "pw-" + name)
        self.assertReply(self.api.patch("/user/%s/role" % name, {"role": "prosody:admin"}), 200)
        return self.api.as_account("%s@%s" % (name, H), "pw-" + name)

    def test_info_lists_the_extensions_and_the_lifetime(self):
        info = self.api.get("/info").result["info"]
        self.assertIn("tokens", info["extensions"])
        self.assertIn("batch", info["extensions"])
        self.assertEqual((info["token_lifetime"], info["batch_max"]), (3600, 500))

    def test_a_token_is_issued_and_used_instead_of_the_password(self):
        before = time.time()
        reply = self.assertReply(self.api.post("/token"), 200).result
        self.assertEqual((reply["jid"], reply["lifetime"]), (self.info["jid"], 3600))
        self.assertTrue(before + 3600 - 2 <= reply["expires"] <= time.time() + 3600 + 1, reply)
        self.assertGreaterEqual(len(reply["token"]), 40)
        token = reply["token"]
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 200, "PONG")
        self.assertReply(self.api.post("/user/tokenmade", {"password": "pw"}, auth=bearer(token)), 201)
        self.assertReply(self.api.get("/user/tokenmade", auth=bearer(token)), 200)
        # A token does not renew itself; another token is another secret.
        self.assertReply(self.api.post("/token", auth=bearer(token)), 403,
                         "A token is issued only for HTTP Basic authentication")
        self.assertNotEqual(self.token_of(self.api), token)
        self.assertReply(self.api.get("/ping", auth=bearer(token + "x")), 401, "Authentication failure")
        self.assertReply(self.api.get("/ping", auth="Bearer"), 400, "Invalid authentication details")

    def test_a_token_is_its_administrators_only(self):
        hostadmin = self.api.as_account("hostadmin@" + H, [a["password"] for a in self.info["host_admins"]
                                                           if a["jid"] == "hostadmin@" + H][0])
        token = self.token_of(hostadmin)
        self.create_user("elsewhere", host=O)
        self.assertReply(self.api.get("/user/elsewhere@" + O, auth=bearer(token)), 403,
                         "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
        # Issued by the module on H: the module on O does not know it, even for a global admin's.
        self.assertReply(self.api.get("/ping", auth=bearer(self.token_of(self.api)), headers={"Host": O}), 401,
                         "Authentication failure")
        self.assertReply(self.api.get("/ping", auth=bearer(self.token_of(self.api, headers={"Host": O})),
                                      headers={"Host": O}), 200, "PONG")

    def test_delete_revokes_the_token(self):
        first, second = self.token_of(self.api), self.token_of(self.api)
        self.assertReply(self.api.delete("/token", auth=bearer(first)), 200, "Token revoked")
        self.assertReply(self.api.get("/ping", auth=bearer(first)), 401, "Token revoked")
        self.assertReply(self.api.get("/ping", auth=bearer(second)), 200)
        # With the password: every token of the caller.
        self.assertReply(self.api.delete("/token"), 200, "Tokens revoked: " + self.info["jid"])
        self.assertReply(self.api.get("/ping", auth=bearer(second)), 401, "Token revoked")

    def test_the_log_counts_the_tokens_an_administrator_holds(self):
        # What a client's sign-out is checked by (the e2e suite): each issue and revocation by the
        # holder logs how many live tokens the administrator holds.
        counted = self.admin("counted")
        first, second = self.token_of(counted), self.token_of(counted)
        issued = "Token issued to counted@%s for 3600 s (%d held)"
        self.assertEqual((log_count(self.info, issued % (H, 1)), log_count(self.info, issued % (H, 2))), (1, 1))
        self.assertReply(self.api.delete("/token", auth=bearer(second)), 200, "Token revoked")
        self.assertEqual(log_count(self.info, "Token of counted@%s revoked by its holder (1 held)" % H), 1)
        self.assertReply(self.api.delete("/token", auth=bearer(first)), 200, "Token revoked")
        self.assertEqual(log_count(self.info, "Token of counted@%s revoked by its holder (0 held)" % H), 1)

    def test_a_password_change_revokes_the_administrators_tokens(self):
        changing, other = self.admin("changing"), self.admin("unchanged")
        token, others = self.token_of(changing), self.token_of(other)
        self.assertReply(self.api.patch("/user/changing/password", {"password": "pw-new"}), 200)
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 401, "Token revoked")
        self.assertReply(self.api.get("/ping", auth=bearer(others)), 200, "PONG")
        # Recreating the account over the route's "already exists" path sets the password too.
        token = self.token_of(changing.as_account(changing.jid, "pw-new"))
        self.assertReply(self.api.post("/user/changing", {"password": "pw-again"}), 200)
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 401, "Token revoked")

    def test_a_role_change_revokes_the_administrators_tokens(self):
        promoted = self.admin("rolechange")
        token = self.token_of(promoted)
        # Still an administrator afterwards (13: another admin role; 0.12: the role set again).
        role = "prosody:operator" if PROSODY_13 else HOST_ADMINS_ROLE
        self.assertReply(self.api.patch("/user/rolechange/role", {"role": role}), 200)
        self.assertReply(promoted.get("/ping"), 200, "PONG")
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 401, "Token revoked")

    def test_a_deleted_administrators_tokens_die_with_the_account(self):
        token = self.token_of(self.admin("leaving"))
        self.assertReply(self.api.delete("/user/leaving"), 200)
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 401, "Token revoked")

    def test_zz_a_reload_of_the_module_revokes_every_token(self):
        # Runs last in this class: the module reloads on H.
        token = self.token_of(self.api)
        self.assertReply(self.api.put("/module/admin_rest"), 200, "Module loaded: admin_rest")
        self.assertReply(self.api.get("/ping", auth=bearer(token)), 401, "Authentication failure")
        self.assertReply(self.api.get("/ping"), 200, "PONG")

    def test_zzz_no_token_is_logged(self):
        tokens = [self.token_of(self.api) for _ in range(3)]
        for token in tokens:
            self.assertReply(self.api.get("/user/admin", auth=bearer(token)), 200)
        self.assertReply(self.api.delete("/token", auth=bearer(tokens[0])), 200)
        self.assertReply(self.api.get("/ping", auth=bearer(tokens[0])), 401)
        self.assertGreater(log_count(self.info, "Token issued to %s for 3600 s" % self.info["jid"]), 2)
        text = self.logs()
        self.assertIn("GET", text)  # the debug log records the requests
        for token in tokens:
            self.assertNotIn(token, text)
            self.assertNotIn(token[:12], text)


class TokenExpiryTest(TokenSandbox):
    """A one-second lifetime, and the throttle on password guessing applied to tokens."""

    sandbox_args = dict(users=1, bots=0,
                        extra_config="admin_rest_token_lifetime = 1\nadmin_rest_auth_failures = 3\n"
                                     "admin_rest_auth_window = 30")

    def test_a_token_expires(self):
        issued = self.assertReply(self.api.post("/token"), 200).result
        self.assertEqual(issued["lifetime"], 1)
        deadline = time.monotonic() + 10
        while True:
            reply = self.api.get("/ping", auth=bearer(issued["token"]))
            if reply.status != 200:
                break
            self.assertLess(time.monotonic(), deadline, "the token still works after its lifetime")
            time.sleep(0.05)
        self.assertReply(reply, 401, "Token expired")
        self.assertGreaterEqual(time.time(), issued["expires"] - 1)
        # The expiry is not a failed authentication; a new token comes from the password.
        self.assertReply(self.api.get("/ping", auth=bearer(self.token_of(self.api))), 200, "PONG")

    def test_wrong_tokens_are_throttled(self):
        guesser = "127.0.0.2"
        for _ in range(3):
            self.assertReply(self.api.get("/ping", auth=bearer("guess"), source=guesser), 401,
                             "Authentication failure")
        self.assertReply(self.api.get("/ping", auth=bearer("guess"), source=guesser), 429)
        self.assertReply(self.api.post("/token", source=guesser), 429)  # the password is not even tried
        self.assertReply(self.api.get("/ping"), 200, "PONG")

    def test_revoked_tokens_are_not_throttled(self):
        # A client's requests still under way when it signs out carry the revoked token: found as a
        # console locked out of signing in again (429) after switching profiles under load.
        signer = "127.0.0.3"
        token = self.token_of(self.api, source=signer)
        self.assertReply(self.api.delete("/token", auth=bearer(token), source=signer), 200, "Token revoked")
        for _ in range(5):
            self.assertReply(self.api.get("/ping", auth=bearer(token), source=signer), 401, "Token revoked")
        self.assertReply(self.api.get("/ping", auth=bearer(self.token_of(self.api, source=signer)), source=signer),
                         200, "PONG")


class BatchTest(SandboxTestCase):
    """POST /batch/<operation>: every item's own outcome, at most admin_rest_batch_max (5) items."""

    sandbox_args = dict(users=3, bots=0, host_admins=True, extra_config="admin_rest_batch_max = 5")

    def batch(self, operation, items, api=None, status=200):
        reply = self.assertReply((api or self.api).post("/batch/" + operation, {"users": items}), status)
        return reply.result

    def outcomes(self, result):
        return [(r["user"], r["status"], r["result"]) for r in result["results"]]

    def host_admin(self):
        password = [a["password"] for a in self.info["host_admins"] if a["jid"] == "hostadmin@" + H][0]
        return self.api.as_account("hostadmin@" + H, password)

    def test_create_many_with_each_items_outcome(self):
        self.create_user("bexisting")
        self.create_user("bforeign", host=O)
        result = self.batch("create-users", [
            {"user": "bnew1", "password": "pw1"},
            {"user": "bad user", "password": "pw"},
            {"user": "bexisting", "password": "pw-existing"},
            {"user": "bnopassword"},
            {"user": "bnew2@" + O, "password": "pw2"},
        ])
        self.assertEqual(self.outcomes(result), [
            ("bnew1", 201, "User registered: bnew1@" + H),
            ("bad user", 404, "User does not exist or is malformed"),
            ("bexisting", 200, "User <bexisting@%s> already existed, password updated" % H),
            ("bnopassword", 400, "Body does not exist or is malformed"),
            ("bnew2@" + O, 201, "User registered: bnew2@" + O),
        ])
        self.assertEqual((result["count"], result["succeeded"]), (5, 3))
        # Every good item was done, before and after the bad ones.
        for jid, password in (("bnew1@" + H, "pw1"), ("bexisting@" + H, "pw-existing"), ("bnew2@" + O, "pw2")):
            self.assertReply(self.api.get("/user/" + jid), 200)
            # The password is right: an ordinary user is refused as a non-admin, not for the password.
            self.assertReply(self.api.as_account(jid, password).get("/ping"), 401, "User must be an administrator")
        self.assertReply(self.api.get("/user/bnopassword"), 404)

    def test_host_isolation_per_item(self):
        self.create_user("bmine")
        self.create_user("btheirs", host=O)
        result = self.batch("users", ["bmine", "btheirs@" + O], api=self.host_admin())
        self.assertEqual([r["status"] for r in result["results"]], [200, 403])
        self.assertEqual(result["results"][1]["result"],
                         "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
        result = self.batch("delete-users", ["btheirs@" + O], api=self.host_admin())
        self.assertEqual(result["results"][0]["status"], 403)
        self.assertReply(self.api.get("/user/btheirs@" + O), 200)

    def test_read_details_rosters_and_last_activity(self):
        for name in ("breader", "bfriend"):
            self.create_user(name)
        self.assertReply(self.api.post("/roster/breader", {"contact": "bfriend@" + H}), 200)
        users = self.batch("users", ["breader", "bmissing"])
        self.assertEqual(users["results"][0]["result"], self.api.get("/user/breader").result)
        self.assertEqual(users["results"][1], {"user": "bmissing", "status": 404,
                                               "result": "User does not exist: bmissing@" + H})
        rosters = self.batch("rosters", ["breader", "bfriend", "bmissing"])
        self.assertEqual([r["result"] for r in rosters["results"][:2]],
                         [self.api.get("/roster/" + u).result for u in ("breader", "bfriend")])
        self.assertEqual(rosters["results"][0]["result"]["count"], 1)
        self.assertEqual(rosters["results"][2]["status"], 404)
        activity = self.batch("last-activity", ["breader", "bmissing"])
        listed = {u["jid"]: u for u in self.api.get("/last-activity").result["users"]}
        self.assertEqual(activity["results"][0], {"user": "breader", "status": 200, "result": listed["breader@" + H]})
        self.assertEqual(activity["results"][1]["status"], 404)

    def test_delete_many(self):
        for name in ("bgone1", "bgone2"):
            self.create_user(name)
        result = self.batch("delete-users", ["bgone1", "bnever", "bgone2", 7])
        self.assertEqual(self.outcomes(result), [
            ("bgone1", 200, "User deleted: bgone1@" + H),
            ("bnever", 200, "User does not exist: bnever@" + H),
            ("bgone2", 200, "User deleted: bgone2@" + H),
            (None, 400, "Invalid item: a user (and for create-users a password)"),
        ])
        for name in ("bgone1", "bgone2"):
            self.assertReply(self.api.get("/user/" + name), 404)

    def test_size_limit_and_malformed_batches(self):
        self.assertReply(self.api.post("/batch/users", {"users": ["a", "b", "c", "d", "e", "f"]}), 413,
                         "Too many items: 6 (at most 5 in one batch)")
        self.assertEqual(self.batch("users", ["a", "b", "c", "d", "e"])["count"], 5)
        for body in ({"users": []}, {"users": "admin"}, {"other": ["admin"]}):
            self.assertReply(self.api.post("/batch/users", body), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/batch/unknown", {"users": ["admin"]}), 404, "Invalid request path")
        self.assertReply(self.api.post("/batch", {"users": ["admin"]}), 404, "Invalid request path")
        self.assertReply(self.api.get("/batch/users"), 405, "Invalid request method")

    def test_with_a_token(self):
        token = self.assertReply(self.api.post("/token"), 200).result["token"]
        result = self.batch("create-users", [{"user": "btoken%d" % i, "password": "pw"} for i in range(5)])
        self.assertEqual(result["succeeded"], 5)
        reply = self.api.post("/batch/users", {"users": ["btoken%d" % i for i in range(5)]}, auth=bearer(token))
        self.assertEqual(self.assertReply(reply, 200).result["succeeded"], 5)


if __name__ == "__main__":
    unittest.main()
