"""server/mod_admin_rest.lua, route by route, in real Prosody sandboxes (Debian's 0.12, or
Prosody 13 with PAC_PROSODY=13; the assertions follow the version that runs).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_admin_rest_module

Each test class shares one sandbox (server/sandbox.py, used as a module); XMPP
clients are real slixmpp sessions, either the sandbox's own bots or
server/xmpp_bot.py subprocesses started by the tests.
"""

import base64
import json
import os
import select
import signal
import ssl
import subprocess
import sys
import time
import unittest

from harness import (ADMINS_ROLE, HOST_ROLES, PROSODY_13, PROSODY_VERSION, PYTHON, SANDBOX, USER_ROLE, Api,  # noqa: F401
                     BotProcess, HERE, SandboxTestCase, is_disconnected, is_message, launcher_source_dir,
                     wait_for_first_cron_run)
from sandbox import prosody_launcher, temp_root
from sandbox_data import DOMAIN, write_store


def installed_prosody_version():
    """The upstream part of the installed Debian package's version (0.12.3-1 -> 0.12.3)."""
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "prosody"], check=True,
                             capture_output=True, text=True).stdout
    return version.split(":")[-1].rsplit("-", 1)[0]


def built_prosody_version():
    """The version of the Prosody 13 that scripts/prosody13.sh built: its source tree's prosody.version."""
    with open(os.path.join(launcher_source_dir(prosody_launcher("13")), "prosody.version")) as f:
        return f.read().strip()


def resident_bytes(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS for %d" % pid)


class OursTest(SandboxTestCase):
    """Our module with default options (plus a broadcast prefix)."""

    sandbox_args = dict(users=20, bots=3, extra_config="\n".join([
        'admin_rest_message_prefix = "[msg] "',
        'admin_rest_multicast_prefix = "[mc] "',
        'admin_rest_broadcast_prefix = "[all] "',
    ]))

    # --- transport, authentication, probing ---

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

    # --- users ---

    def test_get_online_user_with_session_details(self):
        alice = self.info["users"][0]
        user = self.assertReply(self.api.get("/user/" + alice), 200).result["user"]
        self.assertTrue(user["connected"])
        self.assertEqual(user["roster"], [])
        self.assertEqual(len(user["sessions"]), 1)
        session = user["sessions"][0]
        self.assertEqual(session["resource"], "laptop")
        self.assertTrue(session["id"])
        self.assertEqual(session["ip"], "127.0.0.1")
        self.assertIsInstance(session["port"], int)
        self.assertGreater(session["port"], 0)
        self.assertIs(session["secure"], False)

    def test_get_offline_user_has_empty_lists(self):
        name = self.info["users"][10]
        r = self.assertReply(self.api.get("/user/" + name), 200)
        self.assertIn('"sessions":[]', r.raw)
        self.assertEqual(r.result["user"], {"connected": False, "sessions": [], "roster": [],
                                            "last_activity": self.info["last_activity"][name]})

    def test_get_missing_user(self):
        self.assertReply(self.api.get("/user/nobody"), 404, "User does not exist: nobody@%s" % self.domain)

    def test_connected_routes(self):
        online, offline = self.info["users"][1], self.info["users"][11]
        for path in ("/user/%s/connected", "/user_connected/%s"):
            self.assertReply(self.api.get(path % online), 200, {"connected": True})
            self.assertReply(self.api.get(path % offline), 404, {"connected": False})
            self.assertReply(self.api.get(path % "nobody"), 404, "User does not exist: nobody@%s" % self.domain)
        self.assertReply(self.api.get("/user/%s/other" % online), 404, "Invalid request path")

    def test_create_update_delete_user(self):
        jid = "carmen@" + self.domain
        self.assertReply(self.api.post("/user/carmen", {"password": "first-1"}), 201, "User registered: " + jid)
        self.assertReply(self.api.post("/user/carmen", {"password": "second-2"}), 200,
                         "User <%s> already existed, password updated" % jid)
        self.assertReply(self.api.post("/user/carmen", {"regip": "1.2.3.4"}), 400,
                         "Body does not exist or is malformed")
        bot = self.bot("carmen", password="second-2")
        self.assertTrue(bot.seen[0]["jid"].startswith(jid + "/"))
        bot.stop()
        self.assertReply(self.api.delete("/user/carmen"), 200, "User deleted: " + jid)
        self.assertReply(self.api.delete("/user/carmen"), 200, "User does not exist: " + jid)
        self.assertReply(self.api.get("/user/carmen"), 404, "User does not exist: " + jid)

    def test_names_are_prepared(self):
        alice = self.info["users"][0]
        self.assertReply(self.api.get("/user/" + alice.upper()), 200)
        self.assertReply(self.api.post("/user/a%20b", {"password": "x"}), 404, "User does not exist or is malformed")

    def test_user_at_host_for_the_second_host(self):
        second = self.info["second_domain"]
        jid = "gina@" + second
        before = self.api.get("/registered-users?host=" + second).result["total"]  # fills the cache
        self.assertReply(self.api.post("/user/" + jid, {"password": "pw-2nd"}), 201, "User registered: " + jid)
        self.assertReply(self.api.get("/user/" + jid), 200)
        self.assertReply(self.api.get("/user/gina"), 404, "User does not exist: gina@" + self.domain)
        self.assertReply(self.api.patch("/user/%s/password" % jid, {"password": "pw-new"}), 200, "User modified: " + jid)
        page = self.assertReply(self.api.get("/registered-users?host=" + second), 200).result
        self.assertIn(jid, [u["jid"] for u in page["users"]])
        self.assertEqual(page["total"], before + 1)
        bot = self.bot(jid, password="pw-new")
        self.assertReply(self.api.get("/user/%s/connected" % jid), 200, {"connected": True})
        self.assertReply(self.api.post("/message/" + jid, {"message": "second host"}), 200,
                         "Message sent to user: " + jid)
        event = bot.wait_for(is_message("[msg] second host"))
        self.assertEqual(event["from"], second)
        bot.stop()
        self.assertReply(self.api.get("/roster/" + jid), 200, {"roster": [], "count": 0})
        self.assertReply(self.api.delete("/user/" + jid), 200, "User deleted: " + jid)
        self.assertEqual(self.api.get("/registered-users?host=" + second).result["total"], before)
        self.assertReply(self.api.get("/user/x@unknown.example"), 404, "Host does not exist or is malformed")
        self.assertReply(self.api.get("/registered-users?host=unknown.example"), 404,
                         "Host does not exist or is malformed")

    def test_change_password(self):
        user = self.create_user("pwuser", "old-pass-1")
        self.assertReply(self.api.patch("/user/pwuser/password", {"password": "new-pass-2"}), 200,
                         "User modified: pwuser@" + self.domain)
        self.assertReply(self.api.patch("/user/pwuser/password", {}), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.patch("/user/nobody/password", {"password": "x"}), 404,
                         "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.patch("/user/pwuser/colour", {"colour": "red"}), 404, "Invalid request path")
        failed = BotProcess(self.info, user, password="old-pass-1")
        self.bots.append(failed)
        self.assertEqual(failed.wait_online()["event"], "error")
        self.assertEqual(failed.stop(), 1)
        self.bot(user, password="new-pass-2")

    def role_of(self, jid):
        users = self.api.get("/registered-users?limit=5000").result["users"]
        return [u["role"] for u in users if u["jid"] == jid][0]

    def test_role_change(self):
        self.create_user("roley", "role-pw-1")
        jid = "roley@" + self.domain
        as_user = dict(auth=(jid, "role-pw-1"))
        self.assertEqual(self.role_of(jid), USER_ROLE)
        self.assertReply(self.api.get("/ping", **as_user), 401, "User must be an administrator")
        self.assertReply(self.api.patch("/user/roley/role", {"role": "prosody:admin"}), 200, "User modified: " + jid)
        self.assertReply(self.api.get("/ping", **as_user), 200, "PONG")
        entry = [u for u in self.api.get("/all-users").result["users"] if u["jid"] == jid][0]
        self.assertEqual(entry["role"]["name"], "prosody:admin")
        self.assertReply(self.api.patch("/user/roley/role", {"role": USER_ROLE}), 200, "User modified: " + jid)
        self.assertEqual(self.role_of(jid), USER_ROLE)
        self.assertReply(self.api.get("/ping", **as_user), 401, "User must be an administrator")
        self.assertReply(self.api.patch("/user/roley/role", {}), 400, "Body does not exist or is malformed")

    def test_role_names_of_the_running_version(self):
        self.create_user("renamed")
        jid = "renamed@" + self.domain
        if PROSODY_13:
            # Prosody 13's own roles are all assignable; 0.12's prosody:user is not one of them.
            for role in ("prosody:member", "prosody:guest", "prosody:registered"):
                self.assertReply(self.api.patch("/user/renamed/role", {"role": role}), 200, "User modified: " + jid)
                self.assertEqual(self.role_of(jid), role)
            other_versions_name = "prosody:user"
        else:
            # Prosody 13's names for an ordinary account are taken as prosody:user.
            for role in ("prosody:member", "prosody:registered"):
                self.assertReply(self.api.patch("/user/renamed/role", {"role": role}), 200, "User modified: " + jid)
                self.assertEqual(self.role_of(jid), "prosody:user")
            other_versions_name = "prosody:operator"
        for unknown in (other_versions_name, "prosody:nonsense"):
            self.assertReply(self.api.patch("/user/renamed/role", {"role": unknown}), 400,
                             "Unknown role on %s: %s (the roles here: %s)" % (self.domain, unknown,
                                                                             ", ".join(HOST_ROLES)))
        self.assertEqual(self.role_of(jid), USER_ROLE)

    def test_role_fixed_by_the_config(self):
        self.assertReply(self.api.patch("/user/admin/role", {"role": USER_ROLE}), 409,
                         "Role is fixed by the server configuration (admins): %s is %s" % (self.info["jid"],
                                                                                          ADMINS_ROLE))
        self.assertEqual(self.role_of(self.info["jid"]), ADMINS_ROLE)

    def test_online_users_and_count(self):
        bots = self.info["bots"]
        r = self.assertReply(self.api.get("/users"), 200).result
        self.assertEqual(r["count"], len(bots))
        got = sorted("%s@%s/%s" % (u["username"], self.domain, u["resource"]) for u in r["users"])
        self.assertEqual(got, sorted(b["jid"] for b in bots))
        second = self.bot(self.info["users"][0], resource="second-device")
        r = self.api.get("/users").result
        self.assertEqual(r["count"], len(bots) + 1)  # one item per session
        self.assertReply(self.api.get("/users/count"), 200, {"count": len(bots)})  # distinct users
        second.stop()

    def test_all_users(self):
        r = self.assertReply(self.api.get("/all-users"), 200).result
        jids = [u["jid"] for u in r["users"]]
        for name in self.info["users"]:
            self.assertIn("%s@%s" % (name, self.domain), jids)
        self.assertEqual(r["count"], len(r["users"]))
        admin = [u for u in r["users"] if u["jid"] == self.info["jid"]][0]
        bob = [u for u in r["users"] if u["jid"] == "bob@" + self.domain][0]
        if PROSODY_13:  # the config's admins are operators; the ids are the role names, not Prosody's random ones
            self.assertEqual(admin["role"], {"id": "prosody:operator", "name": "prosody:operator", "priority": 75,
                                             "inherits": ["prosody:admin"]})
            self.assertEqual(bob["role"], {"id": "prosody:registered", "name": "prosody:registered", "priority": 25,
                                           "inherits": ["prosody:guest"]})
        else:
            self.assertEqual(admin["role"], {"id": "prosody:admin", "name": "prosody:admin", "priority": 50,
                                             "inherits": ["prosody:user"]})
            self.assertEqual(bob["role"], {"id": "prosody:user", "name": "prosody:user", "priority": 25,
                                           "inherits": []})
        self.assertEqual(admin["secondary_roles"], [])
        self.assertEqual(bob["secondary_roles"], [])

    def test_registered_users_paging(self):
        everyone = self.assertReply(self.api.get("/registered-users"), 200).result
        total = everyone["total"]
        self.assertEqual(everyone["offset"], 0)
        self.assertEqual(everyone["count"], total)
        jids = [u["jid"] for u in everyone["users"]]
        self.assertEqual(jids, sorted(jids))
        self.assertGreaterEqual(total, len(self.info["users"]) + 2)
        roles = {u["jid"]: u["role"] for u in everyone["users"]}
        self.assertEqual(roles[self.info["jid"]], ADMINS_ROLE)
        self.assertEqual(roles["alice@" + self.domain], USER_ROLE)
        page = self.api.get("/registered-users?offset=3&limit=5").result
        self.assertEqual(page["offset"], 3)
        self.assertEqual(page["count"], 5)
        self.assertEqual(page["total"], total)
        self.assertEqual([u["jid"] for u in page["users"]], jids[3:8])
        past_end = self.api.get("/registered-users?offset=%d&limit=10" % total).result
        self.assertEqual(past_end["users"], [])
        self.assertEqual(past_end["count"], 0)
        self.assertEqual(self.api.get("/registered-users?limit=99999").result["limit"], 5000)
        self.assertReply(self.api.get("/registered-users?offset=-1"), 400)
        self.assertReply(self.api.get("/registered-users?limit=abc"), 400)
        self.create_user("zzz-newcomer")
        after = self.api.get("/registered-users?offset=%d" % total).result
        self.assertEqual([u["jid"] for u in after["users"]], ["zzz-newcomer@" + self.domain])
        self.assertReply(self.api.delete("/user/zzz-newcomer"), 200)
        self.assertEqual(self.api.get("/registered-users?limit=1").result["total"], total)

    # --- rosters ---

    def roster_jids(self, user):
        return {item[1]["jid"]: item[1] for item in self.api.get("/roster/" + user).result["roster"]}

    def test_roster_get(self):
        r = self.assertReply(self.api.get("/roster/alice"), 200).result
        self.assertEqual(r["count"], len(r["roster"]))
        kind, item = r["roster"][0]
        self.assertEqual(kind, "item")
        self.assertEqual(set(item) - {"ask", "name"}, {"jid", "subscription", "group"})
        staff = self.roster_jids("alice")["bob@" + self.domain]
        self.assertEqual(staff["group"], ["Staff"])
        self.assertEqual(staff["subscription"], "both")
        self.assertReply(self.api.get("/roster/nobody"), 404, "User does not exist: nobody@" + self.domain)

    def test_roster_add_and_remove_is_mutual(self):
        a, b = "rosa1", "rosa2"
        self.create_user(a)
        self.create_user(b)
        ja, jb = "%s@%s" % (a, self.domain), "%s@%s" % (b, self.domain)
        self.assertIn('"roster":[]', self.api.get("/roster/" + a).raw)
        self.assertReply(self.api.post("/roster/" + a, {"contact": jb}), 200, "Roster registered: %s and %s" % (ja, jb))
        self.assertEqual(self.roster_jids(a)[jb]["subscription"], "both")
        self.assertEqual(self.roster_jids(b)[ja]["subscription"], "both")
        self.assertReply(self.api.delete("/roster/" + a, {"contact": jb}), 200, "Roster deleted: %s and %s" % (ja, jb))
        self.assertEqual(self.roster_jids(a), {})
        self.assertEqual(self.roster_jids(b), {})
        self.assertReply(self.api.post("/roster/" + a, {}), 404, "Contact does not exist or is malformed")
        self.assertReply(self.api.post("/roster/" + a, {"contact": "@@"}), 404, "Contact does not exist or is malformed")
        self.assertReply(self.api.post("/roster/nobody", {"contact": jb}), 404,
                         "User does not exist: nobody@" + self.domain)

    # --- messages ---

    def test_message_to_online_user(self):
        self.create_user("msgon")
        bot = self.bot("msgon", password="Pw-12345")
        jid = "msgon@" + self.domain
        self.assertReply(self.api.post("/message/msgon", {"message": "Hello there"}), 200, "Message sent to user: " + jid)
        event = bot.wait_for(is_message("[msg] Hello there"))
        self.assertEqual(event["from"], self.domain)
        self.assertTrue(event["to"].startswith(jid))
        self.assertReply(self.api.post("/message/msgon", {}), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/message/nobody", {"message": "x"}), 404, "User does not exist or is malformed")

    def test_offline_message_is_queued_and_delivered_at_login(self):
        self.create_user("msgoff")
        jid = "msgoff@" + self.domain
        self.assertReply(self.api.post("/message/msgoff", {"message": "While you were out"}), 202,
                         "Message sent to offline queue: " + jid)
        bot = self.bot("msgoff", password="Pw-12345")
        event = bot.wait_for(is_message("[msg] While you were out"))
        self.assertEqual(event["from"], self.domain)
        self.assertTrue(event.get("delayed"))

    def test_multicast(self):
        for name in ("mc1", "mc2", "mc3"):
            self.create_user(name)
        bot1 = self.bot("mc1", password="Pw-12345")
        bot2 = self.bot("mc2", password="Pw-12345")
        body = {"recipients": [
            {"to": "mc1", "message": "Multicast one"},
            {"to": "mc2@" + self.domain, "message": "Multicast two"},
            {"to": "mc3", "message": "Multicast three"},
            {"to": "nobody", "message": "lost"},
        ]}
        self.assertReply(self.api.post("/message", body), 200, "Message multicasted to users: 2/1")
        self.assertEqual(bot1.wait_for(is_message("[mc] Multicast one"))["from"], self.domain)
        self.assertEqual(bot2.wait_for(is_message("[mc] Multicast two"))["from"], self.domain)
        bot3 = self.bot("mc3", password="Pw-12345")
        self.assertEqual(bot3.wait_for(is_message("[mc] Multicast three"))["from"], self.domain)
        self.assertReply(self.api.post("/message", {"recipients": [{"to": "nobody", "message": "x"}]}),
                         404, "No multicast recipients")
        self.assertReply(self.api.post("/message", {"recipients": []}), 404, "No multicast recipients")

    def test_broadcast_reaches_every_online_user(self):
        self.create_user("bcast")
        bot = self.bot("bcast", password="Pw-12345")
        online = self.api.get("/users/count").result["count"]
        self.assertEqual(online, len(self.info["bots"]) + 1)
        self.assertReply(self.api.post("/broadcast", {"message": "Maintenance at noon"}), 200, {"count": online})
        event = bot.wait_for(is_message("[all] Maintenance at noon"))
        self.assertEqual(event["from"], self.domain)

    def test_deleting_an_online_user_disconnects_it_with_a_reason(self):
        self.create_user("kickme")
        bot = self.bot("kickme", password="Pw-12345")
        self.assertReply(self.api.delete("/user/kickme"), 200)
        event = bot.wait_for(lambda e: e["event"] == "disconnected")
        self.assertIn("Account deleted", event["reason"])

    # --- kick ---

    def test_kick_every_session_of_a_user_with_a_reason(self):
        self.create_user("kicked")
        jid = "kicked@" + self.domain
        laptop = self.bot("kicked", password="Pw-12345", resource="laptop")
        phone = self.bot("kicked", password="Pw-12345", resource="phone")
        self.assertReply(self.api.delete("/sessions/kicked", {"reason": 17}), 400, "Invalid reason: must be a string")
        self.assertReply(self.api.delete("/sessions/kicked", {"reason": "Spam reported by three users"}), 200,
                         {"closed": 2})
        for bot in (laptop, phone):
            event = bot.wait_for(is_disconnected)
            self.assertEqual(event["condition"], "policy-violation")
            self.assertEqual(event["text"], "Spam reported by three users")
            self.assertEqual(bot.stop(), 0)
        self.assertReply(self.api.get("/user/kicked/connected"), 404, {"connected": False})
        self.assertReply(self.api.delete("/sessions/kicked"), 404, "User is not connected: " + jid)
        self.assertReply(self.api.delete("/sessions/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.delete("/sessions"), 404, "Invalid request path")
        self.assertReply(self.api.get("/sessions/kicked"), 405, "Invalid request method")

    def test_kick_one_session_with_the_default_reason(self):
        self.create_user("kickone")
        jid = "kickone@" + self.domain
        laptop = self.bot("kickone", password="Pw-12345", resource="laptop")
        phone = self.bot("kickone", password="Pw-12345", resource="phone")
        self.assertReply(self.api.delete("/sessions/kickone/tablet"), 404, "Session does not exist: %s/tablet" % jid)
        self.assertReply(self.api.delete("/sessions/%s/laptop" % jid), 200, {"closed": 1})
        event = laptop.wait_for(is_disconnected)
        self.assertEqual((event["condition"], event["text"]),
                         ("policy-violation", "Disconnected by the server administrator"))
        sessions = self.api.get("/user/kickone").result["user"]["sessions"]
        self.assertEqual([s["resource"] for s in sessions], ["phone"])
        self.api.post("/message/kickone", {"message": "still here?"})
        self.assertTrue(phone.wait_for(is_message("[msg] still here?"))["to"].startswith(jid))

    # --- message type and subject, announcements ---

    def test_message_type_and_subject_arrive_as_sent(self):
        self.create_user("typed")
        bot = self.bot("typed", password="Pw-12345")
        self.api.post("/message/typed", {"message": "plain"})
        event = bot.wait_for(is_message("[msg] plain"))
        self.assertEqual((event["type"], event["subject"]), ("normal", ""))  # the published versions' default
        for kind in ("chat", "normal", "headline"):
            self.assertReply(self.api.post("/message/typed", {"message": kind, "type": kind, "subject": "S " + kind}),
                             200, "Message sent to user: typed@" + self.domain)
            event = bot.wait_for(is_message("[msg] " + kind))
            self.assertEqual((event["type"], event["subject"]), (kind, "S " + kind))
        body = {"recipients": [{"to": "typed", "message": "mc"}], "type": "chat", "subject": "Multi"}
        self.assertReply(self.api.post("/message", body), 200, "Message multicasted to users: 1/0")
        event = bot.wait_for(is_message("[mc] mc"))
        self.assertEqual((event["type"], event["subject"]), ("chat", "Multi"))
        self.assertReply(self.api.post("/broadcast", {"message": "bc", "type": "headline", "subject": "Everyone"}), 200)
        event = bot.wait_for(is_message("[all] bc"))
        self.assertEqual((event["type"], event["subject"]), ("headline", "Everyone"))
        invalid = "Invalid message type: must be chat, normal or headline"
        self.assertReply(self.api.post("/message/typed", {"message": "x", "type": "groupchat"}), 400, invalid)
        self.assertReply(self.api.post("/message", dict(body, type="error")), 400, invalid)
        self.assertReply(self.api.post("/broadcast", {"message": "x", "type": 3}), 400, invalid)
        self.assertReply(self.api.post("/announce", {"message": "x", "type": "Chat"}), 400, invalid)
        self.assertReply(self.api.post("/message/typed", {"message": "x", "subject": ["a"]}), 400,
                         "Invalid message subject: must be a string")

    def test_typed_message_to_an_offline_user(self):
        self.create_user("typedoff")
        self.assertReply(self.api.post("/message/typedoff", {"message": "news", "type": "headline"}), 501,
                         "Message dropped: headline messages are not stored offline")
        self.assertReply(self.api.post("/message/typedoff", {"message": "later", "type": "chat", "subject": "Hi"}),
                         202, "Message sent to offline queue: typedoff@" + self.domain)
        bot = self.bot("typedoff", password="Pw-12345")
        event = bot.wait_for(is_message("[msg] later"))
        self.assertEqual((event["type"], event["subject"], event.get("delayed")), ("chat", "Hi", True))
        self.assertEqual([e["body"] for e in bot.seen if e["event"] == "message"], ["[msg] later"])

    def test_announce_reaches_online_users_now_and_offline_users_at_login(self):
        self.create_user("annoff")
        self.create_user("annon")
        online_bot = self.bot("annon", password="Pw-12345")
        registered = self.api.get("/registered-users?limit=1").result["total"]
        online = self.api.get("/users/count").result["count"]
        body = {"message": "Upgrade tonight at 22:00", "subject": "Maintenance"}
        self.assertReply(self.api.post("/announce", body), 200,
                         {"count": registered, "sent": online, "queued": registered - online, "dropped": 0,
                          "failed": 0})
        event = online_bot.wait_for(is_message(body["message"]))
        self.assertEqual((event["from"], event["type"], event["subject"]), (self.domain, "normal", "Maintenance"))
        self.assertNotIn("delayed", event)
        offline_bot = self.bot("annoff", password="Pw-12345")
        event = offline_bot.wait_for(is_message(body["message"]))
        self.assertEqual((event["subject"], event.get("delayed")), ("Maintenance", True))
        # Headlines are not stored offline: only the online users get them.
        r = self.assertReply(self.api.post("/announce", {"message": "Flash", "type": "headline"}), 200).result
        self.assertEqual((r["sent"], r["queued"], r["dropped"]), (online + 1, 0, registered - online - 1))
        self.assertEqual(offline_bot.wait_for(is_message("Flash"))["type"], "headline")
        self.assertReply(self.api.post("/announce", {"subject": "no message"}), 400,
                         "Body does not exist or is malformed")
        self.assertReply(self.api.get("/announce"), 405, "Invalid request method")

    # --- last activity ---

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

    # --- modules ---

    def test_modules(self):
        r = self.assertReply(self.api.get("/modules"), 200).result
        self.assertIn("admin_rest", r["modules"])
        self.assertIn("offline", r["modules"])
        self.assertEqual(r["count"], len(r["modules"]))
        self.assertReply(self.api.get("/modules/count"), 200, {"count": r["count"]})
        self.assertReply(self.api.get("/module/offline"), 200, {"module": "offline", "loaded": True})
        self.assertReply(self.api.get("/module/time"), 404, {"module": "time", "loaded": False})

    def test_load_and_unload_module(self):
        self.assertReply(self.api.put("/module/time"), 200, "Module loaded: time")
        self.assertReply(self.api.get("/module/time"), 200, {"module": "time", "loaded": True})
        self.assertReply(self.api.put("/module/time"), 200, "Module loaded: time")  # a reload
        self.assertReply(self.api.delete("/module/time"), 200, "Module unloaded: time")
        self.assertReply(self.api.get("/module/time"), 404, {"module": "time", "loaded": False})
        self.assertReply(self.api.delete("/module/time"), 404, "Module is not loaded:time")
        self.assertEqual(self.api.put("/module/no_such_module_here").status, 500)

    # --- whitelist ---

    def test_whitelist(self):
        self.assertIn('"whitelist":[]', self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": [], "count": 0}).raw)
        elsewhere = {"X-Forwarded-For": "192.0.2.7"}  # honoured from 127.0.0.1, Prosody's default trusted proxy
        try:
            self.assertReply(self.api.put("/whitelist/127.0.0.1"), 200, "IP added to whitelist: 127.0.0.1")
            self.assertReply(self.api.put("/whitelist/198.51.100.0%2F24"), 404, "Invalid request path")
            self.assertReply(self.api.put("/whitelist/not-an-address"), 400)
            self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": ["127.0.0.1"], "count": 1})
            refused = self.api.get("/ping", headers=elsewhere)
            self.assertEqual(refused.status, 401)
            self.assertEqual(refused.raw, "")
            self.assertIsNone(refused.content_type)
            self.assertReply(self.api.get("/ping"), 200, "PONG")
            # Runtime whitelist changes survive a reload of the module itself.
            self.assertReply(self.api.put("/module/admin_rest"), 200, "Module loaded: admin_rest")
            self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": ["127.0.0.1"], "count": 1})
            self.assertEqual(self.api.get("/ping", headers=elsewhere).status, 401)
            self.assertReply(self.api.delete("/whitelist/10.9.9.9"), 404, "IP is not whitelisted: 10.9.9.9")
        finally:
            removed = self.api.delete("/whitelist/127.0.0.1")
        self.assertReply(removed, 200, "IP removed from whitelist: 127.0.0.1")
        # Removing the last address turns the whitelist off: everyone is allowed again.
        self.assertReply(self.api.get("/ping", headers=elsewhere), 200, "PONG")
        self.assertReply(self.api.get("/whitelist"), 200, {"whitelist": [], "count": 0})

    # --- reload, vCards, wipes ---

    def test_reload(self):
        self.assertReply(self.api.put("/reload"), 200)
        self.assertIn("config file reloaded", self.api.put("/reload").result)
        self.assertReply(self.api.get("/ping"), 200, "PONG")

    def test_vcards(self):
        card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Heidi {the} Tester\r\nEND:VCARD\r\n"
        jid = "heidi@" + self.domain
        self.assertReply(self.api.get("/vcards/heidi"), 404, "The user <%s> has no vCard configured." % jid)
        self.assertReply(self.api.put("/vcards/heidi", raw=card, content_type="text/vcard"), 200,
                         "vCard stored for <%s>" % jid)
        r = self.api.get("/vcards/heidi")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.content_type, "text/vcard")
        self.assertEqual(r.raw, card)
        self.assertReply(self.api.delete("/vcards/heidi"), 200, "vCard deleted for <%s>" % jid)
        self.assertReply(self.api.get("/vcards/heidi"), 404)
        self.assertReply(self.api.get("/vcards/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.put("/vcards/heidi"), 400, "Body does not exist or is malformed")

    def test_wipes_refused_by_default(self):
        self.assertReply(self.api.delete("/data"), 403, "Wipe disabled by configuration")
        self.assertReply(self.api.delete("/certs"), 403, "Wipe disabled by configuration")
        self.assertReply(self.api.get("/ping"), 200, "PONG")
        self.assertTrue(os.listdir(self.info["data_dir"]))

    # --- groups ---

    def test_groups_list_and_detail(self):
        r = self.assertReply(self.api.get("/groups"), 200).result
        listed = {g["id"]: g for g in r["groups"]}
        self.assertEqual(r["count"], len(r["groups"]))
        for group in self.info["groups"]:
            self.assertEqual(listed[group["id"]], {"id": group["id"], "name": group["name"],
                                                   "count": len(group["members"])})
            detail = self.assertReply(self.api.get("/groups/" + group["id"]), 200).result["group"]
            self.assertEqual(detail, {"id": group["id"], "name": group["name"], "members": sorted(group["members"])})
        self.assertReply(self.api.get("/groups/no-such-group"), 404, "group-not-found")

    def test_group_lifecycle_makes_members_mutual_contacts(self):
        a, b, c = "grpa", "grpb", "grpc"
        for name in (a, b, c):
            self.create_user(name)
        ja, jb, jc = ("%s@%s" % (n, self.domain) for n in (a, b, c))
        created = self.assertReply(self.api.put("/groups", {"name": "Night shift"}), 200).result
        generated = created["group_id"]
        self.assertTrue(generated)
        self.assertReply(self.api.put("/groups/nights", {"name": "Nights", "create_default_muc": False}), 200,
                         {"group_id": "nights"})
        self.assertReply(self.api.put("/groups/nights", {"name": "Nights"}), 409, "conflict")
        self.assertReply(self.api.put("/groups", {"group_id": "ignored"}), 400, "Body must contain a `name` key")
        self.assertReply(self.api.put("/groups/nights/members/" + a), 200,
                         "Member '%s' successfully added to group 'nights'." % a)
        self.assertReply(self.api.put("/groups/nights/members/" + jb, {"delay_update": False}), 200)
        self.assertReply(self.api.put("/groups/nights/members/" + c), 200)
        self.assertEqual(self.roster_jids(a)[jb]["group"], ["Nights"])
        self.assertEqual(self.roster_jids(a)[jb]["subscription"], "both")
        self.assertEqual(self.roster_jids(b)[ja]["group"], ["Nights"])
        self.assertEqual(set(self.roster_jids(c)), {ja, jb})
        self.assertReply(self.api.get("/groups/nights"), 200,
                         {"group": {"id": "nights", "name": "Nights", "members": sorted([a, b, c])}})
        listed = {g["id"]: g["count"] for g in self.api.get("/groups").result["groups"]}
        self.assertEqual(listed["nights"], 3)
        self.assertEqual(listed[generated], 0)
        self.assertReply(self.api.delete("/groups/nights/members/" + c), 200,
                         "Member '%s' successfully removed from group 'nights'." % c)
        self.assertEqual(self.roster_jids(c), {})
        self.assertNotIn(jc, self.roster_jids(a))
        self.assertIn(jb, self.roster_jids(a))
        self.assertReply(self.api.post("/groups/nights/sync"), 200)
        self.assertReply(self.api.put("/groups/nope/members/" + a), 404, "group-not-found")
        self.assertReply(self.api.put("/groups/nights/members/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.delete("/groups/nights"), 200, "Group 'nights' deleted successfully.")
        self.assertEqual(self.roster_jids(a), {})
        self.assertEqual(self.roster_jids(b), {})
        self.assertReply(self.api.get("/groups/nights"), 404, "group-not-found")
        self.assertReply(self.api.delete("/groups/" + generated), 200)
        self.assertReply(self.api.delete("/groups"), 404, "Invalid request path")

    def test_group_names_survive_json_escapes(self):
        name = "Zo\u00eb \u2603 \"quoted\" / back\\slash"
        self.assertReply(self.api.put("/groups/uni", {"name": name}), 200, {"group_id": "uni"})
        self.assertEqual(self.api.get("/groups/uni").result["group"]["name"], name)
        self.assertReply(self.api.delete("/groups/uni"), 200)

    def test_group_keeps_contacts_that_existed_before(self):
        a, b = "keepa", "keepb"
        self.create_user(a)
        self.create_user(b)
        jb = "%s@%s" % (b, self.domain)
        self.api.post("/roster/" + a, {"contact": jb})
        self.assertReply(self.api.put("/groups/keepers", {"name": "Keepers"}), 200)
        self.api.put("/groups/keepers/members/" + a)
        self.api.put("/groups/keepers/members/" + b)
        self.assertEqual(self.roster_jids(a)[jb]["group"], ["Keepers"])
        self.assertReply(self.api.delete("/groups/keepers/members/" + b), 200)
        self.assertEqual(self.roster_jids(a)[jb]["group"], [])
        self.assertReply(self.api.delete("/groups/keepers"), 200)

    # --- info ---

    def test_info(self):
        info = self.assertReply(self.api.get("/info"), 200).result["info"]
        self.assertEqual(info["server"], "prosody")
        self.assertEqual(info["prosody_version"], PROSODY_VERSION)
        self.assertEqual(info["roles"], HOST_ROLES)
        self.assertEqual((info["auth_failures"], info["auth_window"]), (5, 60))
        self.assertEqual(info["module"], "admin_rest (ours)")
        self.assertEqual(info["module_version"], "1.0")
        self.assertIsInstance(info["uptime"], int)
        self.assertGreaterEqual(info["uptime"], 0)
        self.assertEqual(info["hosts"], sorted([self.domain, self.info["second_domain"]]))
        self.assertGreater(info["memory"], 1000000)
        self.assertEqual(info["modules"], self.api.get("/modules/count").result["count"])
        for extension in ("groups-list", "registered-users", "info", "multicast", "kick", "announce", "message-type",
                          "last-activity", "host-isolation", "auth-throttle"):
            self.assertIn(extension, info["extensions"])

    def test_info_matches_the_running_prosody(self):
        before = time.time()
        info = self.assertReply(self.api.get("/info"), 200).result["info"]
        if PROSODY_13:
            self.assertEqual(info["prosody_version"], built_prosody_version())
        else:
            self.assertEqual(info["prosody_version"], installed_prosody_version())
        rss = resident_bytes(self.info["pid"])
        self.assertLess(abs(info["rss"] - rss), rss * 0.25, (info["rss"], rss))
        self.assertGreater(info["lua_memory"], 100000)
        self.assertLess(info["lua_memory"], info["rss"])
        # Prosody's start: not before the sandbox was made, not after the test began.
        self.assertGreaterEqual(info["started"], int(os.stat(self.info["config_file"]).st_mtime))
        self.assertLessEqual(info["started"], before)
        self.assertLessEqual(abs(info["started"] + info["uptime"] - before), 2)


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
        self.assertEqual(os.listdir(self.info["data_dir"]), [])
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


# 100,000 accounts are 100,000 files: on tmpfs a few seconds, on a busy disk minutes.
MANY_USERS = 100000 if temp_root(256 * 2**20 + 100000 * 8192) else 20000


class ManyUsersTest(SandboxTestCase):
    """GET /registered-users on a host with 100,000 accounts (20,000 without a big tmpfs)."""

    sandbox_args = dict(users=MANY_USERS, bots=0)

    def timed_get(self, path):
        start = time.monotonic()
        reply = self.api.get(path)
        return reply, time.monotonic() - start

    def test_paging_through_many_users(self):
        first, cold = self.timed_get("/registered-users?offset=0&limit=1000")
        self.assertReply(first, 200)
        total = first.result["total"]
        self.assertEqual(total, MANY_USERS + 2)  # demo users, admin and visitor
        half = MANY_USERS // 2
        middle, warm = self.timed_get("/registered-users?offset=%d&limit=1000" % half)
        before, _ = self.timed_get("/registered-users?offset=%d&limit=2" % (half - 1))
        self.assertEqual(middle.result["count"], 1000)
        self.assertEqual(before.result["users"][1], middle.result["users"][0])
        jids = [u["jid"] for u in middle.result["users"]]
        self.assertEqual(jids, sorted(jids))
        last = self.api.get("/registered-users?offset=%d&limit=1000" % (total - 10)).result
        self.assertEqual(last["count"], 10)
        sys.stderr.write("\n[1,000-user page of %d: first %.3f s, later %.3f s] " % (total, cold, warm))
        # Later pages come from the sorted list kept between requests: no re-listing, no re-sort.
        self.assertLess(warm, 1.0)
        self.assertLess(warm, cold)


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


class SandboxCliTest(unittest.TestCase):
    """sandbox.py as a program: one JSON line, then a clean exit on EOF or SIGTERM."""

    KEYS = {"url", "https_url", "jid", "password", "domain", "second_domain", "http_port", "c2s_host", "c2s_port",
            "demo_password", "users", "bots", "groups", "nonadmin_jid", "nonadmin_password", "data_dir", "pid",
            "cert_pem", "last_activity", "activity_since"}

    def run_sandbox(self, *args):
        proc = subprocess.Popen([PYTHON, SANDBOX] + list(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        self.assertTrue(ready, "no JSON line within 60 s")
        info = json.loads(proc.stdout.readline())
        return proc, info

    def assert_gone(self, proc, info):
        self.assertEqual(proc.wait(timeout=30), 0)
        self.assertEqual(proc.stdout.read(), "")  # exactly one line
        deadline = time.monotonic() + 5
        while os.path.exists("/proc/%d" % info["pid"]) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertFalse(os.path.exists("/proc/%d" % info["pid"]), "prosody still running")
        self.assertFalse(os.path.exists(os.path.dirname(info["data_dir"])), "temporary directory left behind")
        proc.stdout.close()

    def test_json_line_and_exit_on_stdin_eof(self):
        proc, info = self.run_sandbox("--users", "3", "--bots", "2", "--whitelist", "127.0.0.1")
        try:
            self.assertLessEqual(self.KEYS, set(info))
            self.assertEqual(info["users"], ["alice", "bob", "carol"])
            self.assertEqual(len(info["bots"]), 2)
            self.assertEqual(info["jid"], "admin@sandbox.localhost")
            self.assertIsNone(info["https_url"])
            api = Api(info["url"], info["jid"], info["password"])
            self.assertEqual(api.get("/whitelist").json["result"], {"whitelist": ["127.0.0.1"], "count": 1})
            self.assertEqual(api.get("/users/count").json["result"], {"count": 2})
        finally:
            proc.stdin.close()
        self.assert_gone(proc, info)

    def test_exit_on_sigterm(self):
        proc, info = self.run_sandbox("--users", "0", "--bots", "0", "--https")
        try:
            self.assertTrue(info["https_url"].startswith("https://127.0.0.1:"))
            self.assertTrue(os.path.exists(info["cert_pem"]))
            self.assertEqual(info["users"], [])
            self.assertEqual(info["groups"], [])
        finally:
            proc.send_signal(signal.SIGTERM)
        self.assert_gone(proc, info)
        proc.stdin.close()


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
        write_store(self.info["data_dir"], DOMAIN, "account_activity", carol, {"timestamp": own + 86400})
        self.assertEqual(self.last_activity(carol), own + 86400)
        users = self.api.get("/last-activity").result["users"]
        self.assertEqual([u["last_activity"] for u in users if u["jid"] == "%s@%s" % (carol, self.domain)],
                         [own + 86400])
        write_store(self.info["data_dir"], DOMAIN, "account_activity", carol, {"timestamp": own - 86400})
        self.assertEqual(self.last_activity(carol), own)

    def test_a_login_is_recorded_by_it(self):
        dave = self.info["users"][3]
        before = int(time.time())
        self.bot(dave).stop()
        record = os.path.join(self.info["data_dir"], "sandbox%2elocalhost", "account_activity", dave + ".dat")
        self.assertTrue(os.path.exists(record), "mod_account_activity wrote nothing")
        self.assertGreaterEqual(self.last_activity(dave), before)


# The other server test modules: the emulations against the contract row by row
# (test_contract_rows), and host isolation, the authorization matrix and the throttle on
# password guessing (test_isolation).
OTHER_MODULES = ("test_contract_rows", "test_isolation")


def load_tests(loader, tests, pattern):
    """Named on its own (python3 -m unittest test_admin_rest_module) this module runs the other
    server test modules too; discovery (ctest: every test_*.py) finds them by itself."""
    if pattern is None:
        for name in OTHER_MODULES:
            tests.addTests(loader.loadTestsFromName(name))
    return tests

if __name__ == "__main__":
    unittest.main()
