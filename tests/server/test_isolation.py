# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Tenants stay apart: host isolation, the authorization matrix of every route, and the
throttle on password guessing, against our module on the running Prosody (0.12 or 13).

The sandbox has two VirtualHosts, H = sandbox.localhost (the default HTTP host) and
O = second.localhost, a global admin (admin@H, in the config's global admins), an
administrator of each host only (hostadmin@H, hostadmin@O: each host's own admins) and a
non-admin account (visitor@H).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_isolation
(test_admin_rest_module runs these classes too, with every other server test module.)
"""

import os
import re
import time
import unittest
from collections import namedtuple

from harness import SERVER_DIR, SandboxTestCase, log_count, wait_for_first_cron_run, wait_for_log

MODULE = os.path.join(SERVER_DIR, "mod_admin_rest", "mod_admin_rest.lua")
H, O = "sandbox.localhost", "second.localhost"
VCARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Matrix\r\nEND:VCARD\r\n"


def module_routes():
    """Every (route, method) of the module's route table (ROUTES in mod_admin_rest.lua)."""
    with open(MODULE) as f:
        source = f.read()
    table = source.split("\nlocal ROUTES = {", 1)[1].split("\n};", 1)[0]
    routes = []
    for m in re.finditer(r'^\t(?:\["([^"]+)"\]|(\w+)) = \{(.*?)\};', table, re.M | re.S):
        name = m.group(1) or m.group(2)
        for method in re.findall(r"\b(GET|POST|PUT|DELETE|PATCH) =", m.group(3)):
            routes.append((name, method))
    return routes


# How to call each route and method, and what a caller allowed to make the call gets.
#   path, body, raw: the request; {u} names the target user ("mxuser", or "mxuser@<host>" when the
#     placement names the host in the path), {peer} a second user of the target host as a full JID,
#     {room} / {newroom} a room of the target host's MUC component (conference.<host>),
#     {q} "?host=<target>" where the placement names the host in the path ("" otherwise).
#   targets: the request names a host of its own (a user, recipient, member or ?host=); otherwise it
#     acts on the host of the Host header only.
#   setup: calls made first by the global admin, on the target host ({t} is that host).
#   ok: the status an allowed caller gets; ok_result: its result, where the status alone says little;
#     ok_elsewhere: the status when the target is not the host of the Host header (group members
#     must be users of the group's host).
#   server_wide: acts on every host of the server: only for an administrator of every host.
#   per_item: a batch: a target host the caller does not administer is refused item by item (200,
#     the item's 403), the call changing nothing.
Case = namedtuple("Case", "path body raw targets setup ok ok_result ok_elsewhere server_wide per_item",
                  defaults=(None, None, False, (), 200, None, None, False, False))


def fill_names(value, names):
    """value (a case's path or body) with {name} placeholders filled in every string, at any depth"""
    if isinstance(value, str):
        return value.format(**names)
    if isinstance(value, list):
        return [fill_names(item, names) for item in value]
    if isinstance(value, dict):
        return {key: fill_names(item, names) for key, item in value.items()}
    return value


MXROOM = ("POST", "/rooms/mxroom@conference.{t}", {"name": "M"})  # a room of the target host

CASES = {
    ("ping", "GET"): [Case("/ping", ok_result="PONG")],
    ("user", "GET"): [Case("/user/{u}", targets=True)],
    ("user", "POST"): [Case("/user/{new}", body={"password": "pw-new"}, targets=True, ok=201,
                            setup=(("DELETE", "/user/mxnew@{t}"),))],
    ("user", "DELETE"): [Case("/user/{victim}", targets=True, setup=(("POST", "/user/mxvictim@{t}",
                                                                      {"password": "pw"}),))],
    ("user", "PATCH"): [Case("/user/{u}/password", body={"password": "pw-changed"}, targets=True),
                        Case("/user/{u}/role", body={"role": "prosody:admin"}, targets=True),
                        Case("/user/{u}/enabled", body={"enabled": True}, targets=True)],
    ("user_connected", "GET"): [Case("/user_connected/{u}", targets=True, ok=404,
                                     ok_result={"connected": False})],
    ("users", "GET"): [Case("/users")],
    ("all-users", "GET"): [Case("/all-users")],
    ("registered-users", "GET"): [Case("/registered-users{q}", targets=True)],
    ("roster", "GET"): [Case("/roster/{u}", targets=True)],
    ("roster", "POST"): [Case("/roster/{u}", body={"contact": "{peer}"}, targets=True)],
    ("roster", "DELETE"): [Case("/roster/{u}", body={"contact": "{peer}"}, targets=True,
                                setup=(("POST", "/roster/mxuser@{t}", {"contact": "mxpeer@{t}"}),))],
    ("message", "POST"): [Case("/message/{u}", body={"message": "matrix"}, targets=True, ok=202),
                          Case("/message", body={"recipients": [{"to": "{u}", "message": "matrix"}]}, targets=True,
                               ok_result="Message multicasted to users: 0/1")],
    ("broadcast", "POST"): [Case("/broadcast", body={"message": "matrix"}, ok_result={"count": 0})],
    ("modules", "GET"): [Case("/modules")],
    ("module", "GET"): [Case("/module/offline")],
    ("module", "PUT"): [Case("/module/time", setup=(("DELETE", "/module/time"),))],
    ("module", "DELETE"): [Case("/module/time", setup=(("PUT", "/module/time"),))],
    ("whitelist", "GET"): [Case("/whitelist")],
    ("whitelist", "PUT"): [Case("/whitelist/127.0.0.1", setup=(("DELETE", "/whitelist/127.0.0.1"),))],
    ("whitelist", "DELETE"): [Case("/whitelist/127.0.0.1", setup=(("PUT", "/whitelist/127.0.0.1"),))],
    ("reload", "PUT"): [Case("/reload", server_wide=True)],
    ("vcards", "GET"): [Case("/vcards/{u}", targets=True, setup=(("PUT", "/vcards/mxuser@{t}", VCARD),))],
    ("vcards", "PUT"): [Case("/vcards/{u}", raw=VCARD, targets=True)],
    ("vcards", "DELETE"): [Case("/vcards/{u}", targets=True, setup=(("PUT", "/vcards/mxuser@{t}", VCARD),))],
    ("groups", "GET"): [Case("/groups"), Case("/groups/mxgroup", setup=(("PUT", "/groups/mxgroup", {"name": "M"}),))],
    ("groups", "PUT"): [Case("/groups/mxnewgroup", body={"name": "New"}, setup=(("DELETE", "/groups/mxnewgroup"),)),
                        Case("/groups/mxgroup/members/{u}", targets=True, ok_elsewhere=404,
                             setup=(("PUT", "/groups/mxgroup", {"name": "M"}),))],
    ("groups", "DELETE"): [Case("/groups/mxgroup", setup=(("PUT", "/groups/mxgroup", {"name": "M"}),)),
                           Case("/groups/mxgroup/members/{u}", targets=True, ok_elsewhere=404,
                                setup=(("PUT", "/groups/mxgroup", {"name": "M"}),
                                       ("PUT", "/groups/mxgroup/members/mxuser")))],
    ("groups", "POST"): [Case("/groups/mxgroup/sync", setup=(("PUT", "/groups/mxgroup", {"name": "M"}),))],
    ("data", "DELETE"): [Case("/data", server_wide=True, ok=403, ok_result="Wipe disabled by configuration")],
    ("certs", "DELETE"): [Case("/certs", server_wide=True, ok=403, ok_result="Wipe disabled by configuration")],
    ("info", "GET"): [Case("/info")],
    ("sessions", "DELETE"): [Case("/sessions/{u}", targets=True, ok=404)],
    ("announce", "POST"): [Case("/announce", body={"message": "matrix"})],
    ("last-activity", "GET"): [Case("/last-activity{q}", targets=True)],
    ("invites", "GET"): [Case("/invites{q}", targets=True)],
    ("invites", "POST"): [Case("/invites{q}", body={}, targets=True, ok=201),
                          Case("/invites/reset/{u}", body={}, targets=True, ok=201)],
    ("invites", "DELETE"): [Case("/invites/mxnotoken{q}", targets=True, ok=404)],
    # No grace period in this sandbox: an allowed caller learns that it is unavailable.
    ("pending-deletions", "GET"): [Case("/pending-deletions{q}", targets=True, ok=501)],
    ("pending-deletions", "POST"): [Case("/pending-deletions/{u}/restore", targets=True, ok=501)],
    ("rooms", "GET"): [Case("/rooms{q}", targets=True), Case("/rooms/{room}", targets=True, setup=(MXROOM,))],
    ("rooms", "POST"): [Case("/rooms/{newroom}", body={"name": "New"}, targets=True, ok=201,
                             setup=(("DELETE", "/rooms/mxnewroom@conference.{t}"),))],
    ("rooms", "PUT"): [Case("/rooms/{room}/affiliations/{peer}", body={"affiliation": "member"}, targets=True,
                            setup=(MXROOM,))],
    ("rooms", "DELETE"): [Case("/rooms/{room}", targets=True, setup=(MXROOM,)),
                          Case("/rooms", body={"rooms": ["{room}"]}, targets=True, setup=(MXROOM,))],
    ("s2s", "GET"): [Case("/s2s{q}", targets=True)],
    ("s2s", "DELETE"): [Case("/s2s/mxnone", ok=404, ok_result="Connection does not exist: mxnone")],
    ("certificates", "GET"): [Case("/certificates{q}", targets=True)],
    ("token", "POST"): [Case("/token")],
    ("token", "DELETE"): [Case("/token")],
    ("batch", "POST"): [Case("/batch/create-users", body={"users": [{"user": "{new}", "password": "pw-new"}]},
                             targets=True, per_item=True, setup=(("DELETE", "/user/mxnew@{t}"),)),
                        Case("/batch/delete-users", body={"users": ["{victim}"]}, targets=True, per_item=True,
                             setup=(("POST", "/user/mxvictim@{t}", {"password": "pw"}),)),
                        Case("/batch/users", body={"users": ["{u}"]}, targets=True, per_item=True),
                        Case("/batch/rosters", body={"users": ["{u}"]}, targets=True, per_item=True),
                        Case("/batch/last-activity", body={"users": ["{u}"]}, targets=True, per_item=True)],
}

# Who calls: the account (None: no credentials) and the hosts it administers.
CALLERS = {
    "no credentials": None,
    "wrong password": "wrong",
    "non-admin": "visitor@" + H,
    "admin of H": "hostadmin@" + H,
    "admin of O": "hostadmin@" + O,
    "global admin": "admin@" + H,
}
ADMINISTERS = {"admin of H": {H}, "admin of O": {O}, "global admin": {H, O}}

# Where the target host is named: (name, host of the Host header or None for the default (H),
# the target host, whether the path names it).
PLACEMENTS = {
    "Host header H": (H, H, False),
    "Host header O": (O, O, False),
    "path names H": (None, H, True),
    "Host H, path names O": (H, O, True),
    "Host O, path names H": (O, H, True),
}


def expected(caller, placement, case):
    """-> the status, the result (None: any) and whether the call is refused, for one cell. Written
    down once, for every route."""
    header_host, target, _ = PLACEMENTS[placement]
    endpoint = header_host or H
    if caller == "no credentials":
        return 400, "Missing authorization header", True
    if caller == "wrong password":
        return 401, "Authentication failure", True
    if caller == "non-admin":
        return 401, "User must be an administrator", True
    administers = ADMINISTERS[caller]
    account = CALLERS[caller]
    if endpoint not in administers:
        return 401, "User must be an administrator", True
    if case.server_wide and administers != {H, O}:
        missing = sorted({H, O} - administers)[0]
        return 403, ("Not allowed: {route} acts on every host of this server and %s is not an administrator of %s"
                     % (account, missing)), True
    if target not in administers:
        return 403, "Not allowed on host %s: %s is not an administrator of %s" % (target, account, target), True
    if target != endpoint and case.ok_elsewhere is not None:
        return case.ok_elsewhere, None, False
    return case.ok, case.ok_result, False


class IsolationSandbox(SandboxTestCase):
    sandbox_args = dict(users=3, bots=0, host_admins=True)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accounts = {a["jid"]: a["password"] for a in cls.info["host_admins"]}
        cls.accounts[cls.info["jid"]] = cls.info["password"]
        cls.accounts[cls.info["nonadmin_jid"]] = cls.info["nonadmin_password"]
        wait_for_first_cron_run(cls.info)  # Prosody 13's cron records would change the data directory

    def as_caller(self, caller):
        account = CALLERS[caller]
        if account is None:
            return dict(auth=None)
        if account == "wrong":
            return dict(auth=(self.info["jid"], "not-the-password"))
        return dict(auth=(account, self.accounts[account]))

    def on(self, host):
        """Request options that send the call to host's VirtualHost (the Host header)."""
        return dict(headers={"Host": host}) if host else {}

    def snapshot(self, host):
        """What a refused call to host must not change: every stored record (every host's, in files
        or SQL), and the host's whitelist and loaded modules (in memory, each host's own)."""
        return self.sandbox.records(), self.api.get("/whitelist", **self.on(host)).raw, self.api.get("/modules", **self.on(host)).raw


class AuthorizationMatrixTest(IsolationSandbox):
    """Every route and method of the module's route table x every caller x every placement of
    the target host: the status (and the refusal's message), and that refused calls changed
    nothing. Generated from ROUTES in mod_admin_rest.lua: a route without a case fails."""

    sandbox_args = dict(users=3, bots=0, host_admins=True,
                        extra_config="admin_rest_auth_failures = 0")  # the wrong-password cells are many

    def test_every_route_has_cases(self):
        routes = module_routes()
        self.assertGreaterEqual(len(routes), 30, routes)  # the parser read the table
        self.assertEqual([r for r in routes if r not in CASES], [], "routes without a case in CASES")
        self.assertEqual([r for r in CASES if r not in routes], [], "cases of routes the module does not have")

    def prepare(self, case, target):
        for user in ("mxuser", "mxpeer"):
            self.api.post("/user/%s@%s" % (user, target), {"password": "pw"})
        for method, path, *body in case.setup:
            path = path.format(t=target)
            raw = body[0] if body and isinstance(body[0], str) else None
            json_body = body[0] if body and not isinstance(body[0], str) else None
            reply = self.api.call(method, path, body=json_body, raw=raw, content_type="text/vcard",
                                  **self.on(target))
            self.assertLess(reply.status, 500, "set-up %s %s: %r" % (method, path, reply))

    def request(self, case, placement):
        header_host, target, names_host = PLACEMENTS[placement]
        suffix = "@" + target if names_host else ""
        names = {"u": "mxuser" + suffix, "new": "mxnew" + suffix, "victim": "mxvictim" + suffix,
                 "peer": "mxpeer@" + target, "q": "?host=" + target if names_host else "",
                 "room": "mxroom@conference." + target, "newroom": "mxnewroom@conference." + target}
        return fill_names(case.path, names), fill_names(case.body, names)

    def placements_of(self, case):
        if case.targets:
            return list(PLACEMENTS)
        return [p for p, (header_host, _, names_host) in PLACEMENTS.items() if not names_host]

    def test_matrix(self):
        cells = 0
        for (route, method), cases in sorted(CASES.items()):
            for case in cases:
                for placement in self.placements_of(case):
                    cells += self.check_placement(method, case, placement)
        self.assertGreater(cells, 800)

    def check_placement(self, method, case, placement):
        """Every caller, for one route, method and placement: first those that must be refused, one
        after the other, each leaving everything as it was; then those allowed, each after a new
        set-up. -> the number of cells checked"""
        header_host, target, _ = PLACEMENTS[placement]
        outcomes = {caller: expected(caller, placement, case) for caller in CALLERS}
        refused = [caller for caller in CALLERS if outcomes[caller][2]]
        allowed = [caller for caller in CALLERS if not outcomes[caller][2]]
        self.prepare(case, target)
        before = self.snapshot(header_host or H)
        for caller in refused:
            with self.subTest(route=method + " " + case.path, placement=placement, caller=caller):
                what = self.check_cell(method, case, placement, caller, outcomes[caller])
                self.assertEqual(self.snapshot(header_host or H), before, "%s changed something" % what)
        for caller in allowed:
            with self.subTest(route=method + " " + case.path, placement=placement, caller=caller):
                self.prepare(case, target)
                self.check_cell(method, case, placement, caller, outcomes[caller])
        return len(CALLERS)

    def check_cell(self, method, case, placement, caller, outcome):
        header_host, target, _ = PLACEMENTS[placement]
        path, body = self.request(case, placement)
        status, result, _ = outcome
        if case.per_item and status == 403:  # the batch's one item refused
            item = body["users"][0]
            status, result = 200, {"results": [{"user": item["user"] if isinstance(item, dict) else item,
                                                "status": 403, "result": result}], "count": 1, "succeeded": 0}
        reply = self.api.call(method, path, body=body, raw=case.raw, content_type="text/vcard",
                              **self.as_caller(caller), **self.on(header_host))
        what = "%s %s as %s, %s" % (method, path, caller, placement)
        self.assertEqual(reply.status, status, "%s: %r" % (what, reply))
        if isinstance(result, str):  # a server-wide refusal names the route
            result = result.replace("{route}", "%s /%s" % (method, path.strip("/").split("/")[0]))
        if result is not None:
            self.assertEqual(reply.result, result, what)
        return what


class HostIsolationTest(IsolationSandbox):
    """What isolation means for each kind of JID a request can name."""

    def admin_of(self, host):
        jid = "hostadmin@" + host
        return self.api.as_account(jid, self.accounts[jid])

    def roster(self, user):
        return {item[1]["jid"]: item[1]["subscription"] for item in self.api.get("/roster/" + user).result["roster"]}

    def test_deleting_a_user_of_another_host(self):
        self.create_user("victim", host=O)
        r = self.admin_of(H).delete("/user/victim@" + O)
        self.assertReply(r, 403, "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
        self.assertReply(self.api.get("/user/victim@" + O), 200)
        self.assertReply(self.admin_of(O).delete("/user/victim", headers={"Host": O}), 200,
                         "User deleted: victim@" + O)

    def test_roster_contact_on_another_host_changes_only_the_callers_host(self):
        self.create_user("tenant")
        self.create_user("neighbour", host=O)
        tenant, neighbour = "tenant@" + H, "neighbour@" + O
        self.assertReply(self.admin_of(H).post("/roster/tenant", {"contact": neighbour}), 200,
                         "Roster registered: %s and %s" % (tenant, neighbour))
        self.assertEqual(self.roster("tenant"), {neighbour: "both"})
        self.assertEqual(self.roster(neighbour), {})  # O's roster is left alone
        self.assertReply(self.admin_of(H).delete("/roster/tenant", {"contact": neighbour}), 200)
        self.assertEqual(self.roster("tenant"), {})
        # An administrator of both hosts changes both sides.
        self.assertReply(self.api.post("/roster/tenant", {"contact": neighbour}), 200)
        self.assertEqual(self.roster(neighbour), {tenant: "both"})
        self.assertReply(self.admin_of(H).delete("/roster/tenant", {"contact": neighbour}), 200)
        self.assertEqual(self.roster(neighbour), {tenant: "both"})  # still not H's admin's to change
        self.assertReply(self.admin_of(H).get("/roster/" + neighbour), 403)

    def test_multicast_with_a_recipient_on_another_host_sends_nothing(self):
        self.create_user("mchere")
        self.create_user("mcthere", host=O)
        body = {"recipients": [{"to": "mchere", "message": "first"}, {"to": "mcthere@" + O, "message": "second"}]}
        self.assertReply(self.admin_of(H).post("/message", body), 403,
                         "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
        self.assertNotIn((H, "offline", "mchere"), self.sandbox.records(),
                         "the recipient on the caller's own host got the message")
        self.assertReply(self.api.post("/message", body), 200, "Message multicasted to users: 0/2")

    def test_group_member_of_another_host(self):
        self.assertReply(self.admin_of(H).put("/groups/iso", {"name": "Iso"}), 200)
        self.create_user("member", host=O)
        self.assertReply(self.admin_of(H).put("/groups/iso/members/member@" + O), 403)
        self.assertReply(self.api.put("/groups/iso/members/member@" + O), 404, "User does not exist or is malformed")
        self.assertReply(self.admin_of(H).get("/groups/iso"), 200,
                         {"group": {"id": "iso", "name": "Iso", "members": []}})

    def test_paged_lists_of_another_host(self):
        for path in ("/registered-users?host=" + O, "/last-activity?host=" + O):
            self.assertReply(self.admin_of(H).get(path), 403,
                             "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
            self.assertReply(self.admin_of(O).get(path, headers={"Host": O}), 200)

    def test_rooms_of_another_host(self):
        mine, theirs = "iso@conference." + H, "iso@conference." + O
        self.assertReply(self.admin_of(H).post("/rooms/" + mine), 201)
        self.assertReply(self.admin_of(O).post("/rooms/" + theirs, headers={"Host": O}), 201)
        listed = self.admin_of(H).get("/rooms").result
        self.assertEqual((listed["services"], [r["jid"] for r in listed["rooms"] if r["jid"].startswith("iso@")]),
                         (["conference." + H], [mine]))
        # A list with one room of another host destroys nothing at all.
        refused = self.admin_of(H).delete("/rooms", {"rooms": [mine, theirs]})
        self.assertReply(refused, 403, "Not allowed on host %s: hostadmin@%s is not an administrator of %s" % (O, H, O))
        self.assertReply(self.api.get("/rooms/" + mine), 200)
        self.assertReply(self.api.get("/rooms/" + theirs), 200)
        self.assertReply(self.admin_of(H).get("/rooms?occupant=someone@" + O), 403)
        self.assertReply(self.api.delete("/rooms", {"rooms": [mine, theirs]}), 200,
                         {"destroyed": [mine, theirs], "missing": [], "count": 2})

    def test_info_lists_the_hosts_the_caller_administers(self):
        self.assertEqual(self.admin_of(H).get("/info").result["info"]["hosts"], [H])
        self.assertEqual(self.admin_of(O).get("/info", headers={"Host": O}).result["info"]["hosts"], [O])
        self.assertEqual(self.api.get("/info").result["info"]["hosts"], [H, O])

    def test_server_wide_routes_need_an_administrator_of_every_host(self):
        for method, path in (("PUT", "/reload"), ("DELETE", "/data"), ("DELETE", "/certs")):
            self.assertReply(self.admin_of(H).call(method, path), 403,
                             "Not allowed: %s %s acts on every host of this server and hostadmin@%s is not an "
                             "administrator of %s" % (method, path, H, O))
        self.assertReply(self.api.put("/reload"), 200)

    def test_a_stored_admin_role_is_for_its_own_host(self):
        # Prosody 13: set_user_role; 0.12: the role store. Either way an admin of H only.
        self.create_user("promoted", "pw-promoted")
        self.assertReply(self.api.patch("/user/promoted/role", {"role": "prosody:admin"}), 200)
        promoted = self.api.as_account("promoted@" + H, "pw-promoted")
        self.assertReply(promoted.get("/user/alice"), 200)
        self.create_user("elsewhere", host=O)
        self.assertReply(promoted.get("/user/elsewhere@" + O), 403,
                         "Not allowed on host %s: promoted@%s is not an administrator of %s" % (O, H, O))
        self.assertReply(promoted.get("/ping", headers={"Host": O}), 401, "User must be an administrator")

    def test_zz_a_host_without_the_module(self):
        # Runs last in this class: admin_rest is unloaded from O for good.
        self.create_user("unmanaged", host=O)
        self.assertReply(self.api.delete("/module/admin_rest", headers={"Host": O}), 200,
                         "Module unloaded: admin_rest")
        self.assertReply(self.api.get("/user/unmanaged@" + O), 403,
                         "Not allowed on host %s: admin_rest is not loaded there" % O)
        self.assertEqual(self.api.get("/info").result["info"]["hosts"], [H])


class PasswordGuessingTest(SandboxTestCase):
    """Failed authentications per client address: 127.0.0.2 guesses, 127.0.0.1 is the right admin."""

    sandbox_args = dict(users=1, bots=0, extra_config="admin_rest_auth_failures = 3\nadmin_rest_auth_window = 4")
    GUESSER = "127.0.0.2"

    def test_guessing_is_throttled_per_address(self):
        guesser = self.api.as_account(self.info["jid"], "guess")
        guesser.source = self.GUESSER
        info = self.assertReply(self.api.get("/info"), 200).result["info"]
        self.assertEqual((info["auth_failures"], info["auth_window"]), (3, 4))
        started = time.monotonic()
        for _ in range(3):
            self.assertReply(guesser.get("/ping"), 401, "Authentication failure")
        refused = guesser.get("/ping")
        self.assertReply(refused, 429)
        wait = int(refused.headers.get("Retry-After"))
        self.assertTrue(1 <= wait <= 4, wait)
        self.assertEqual(refused.result, "Too many failed authentications from %s: retry in %d s" % (self.GUESSER, wait))
        # The right password from the guessing address is not even tried, on either host.
        self.assertReply(self.api.get("/ping", source=self.GUESSER), 429)
        self.assertReply(self.api.get("/ping", source=self.GUESSER, headers={"Host": O}), 429)
        # The admin elsewhere is not locked out.
        self.assertReply(self.api.get("/ping"), 200, "PONG")
        wait_for_log(self.info, "from %s refused: 3 failures within 4 s" % self.GUESSER)
        self.assertEqual(log_count(self.info, "Authentication failure for %s from %s" % (self.info["jid"],
                                                                                          self.GUESSER)), 3)
        # Once the oldest failure is older than the window, the address may try again.
        deadline = time.monotonic() + 10
        while guesser.get("/ping", auth=(self.info["jid"], self.info["password"])).status == 429:
            self.assertLess(time.monotonic(), deadline, "still refused after the window")
            time.sleep(0.1)
        self.assertGreaterEqual(time.monotonic() - started, 4 - 1)  # os.time() granularity aside
        self.assertReply(self.api.get("/ping", source=self.GUESSER), 200, "PONG")

    def test_other_refusals_are_not_counted(self):
        other = "127.0.0.3"
        for _ in range(5):
            self.assertReply(self.api.get("/ping", source=other, auth=(self.info["nonadmin_jid"],
                                                                      self.info["nonadmin_password"])),
                             401, "User must be an administrator")
            self.assertReply(self.api.get("/ping", source=other, auth=None), 400)
            self.assertReply(self.api.get("/ping", source=other, auth=("x@elsewhere.example", "x")), 404)
        self.assertReply(self.api.get("/ping", source=other), 200, "PONG")


if __name__ == "__main__":
    unittest.main()
