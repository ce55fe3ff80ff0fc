# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The emulations of the published module (admin_rest_emulate = "classic" | "current") against
the wire contract, row by row: contract_rows.json holds the contract's rows as data, and every
row is run against a sandbox emulating classic and one emulating current, on the Prosody the
tests run on (0.12 or 13). When shared/api/CONTRACT.md is at hand (../shared/api/ from the
repository's root), every route of its Routes table and every item of its Corrections must
have a row, so that a new contract row cannot be forgotten.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_contract_rows
(test_admin_rest_module runs these classes too, with every other server test module.)
"""

import json
import os
import re
import sys
import unittest

from harness import HERE, PROSODY_13, PROSODY_VERSION, Api, Sandbox

ROWS_FILE = os.path.join(HERE, "contract_rows.json")
CONTRACT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "api", "CONTRACT.md"))
VERSION_KEY = "13" if PROSODY_13 else "0.12"

# Sandboxes the rows run in, by the rows' "sandbox" name. One of each per emulation.
VARIANTS = {
    "default": dict(users=6, bots=1),
    "no-offline": dict(users=2, bots=0, offline=False),
    "util-json": dict(users=2, bots=0, extra_config='admin_rest_json = "util.json"'),
    "lock-out": dict(users=1, bots=0),
    "allow-wipe": dict(users=1, bots=0, allow_wipe=True),
}


def load_rows():
    with open(ROWS_FILE) as f:
        rows = json.load(f)["rows"]
    for number, row in enumerate(rows, 1):
        row["n"] = number
    return rows


def substitute(value, names):
    if isinstance(value, str):
        return value.format_map(names)
    if isinstance(value, list):
        return [substitute(v, names) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, names) for k, v in value.items()}
    return value


def like(expected, actual):
    """expected == actual, except that "<any>" in expected matches any value present."""
    if expected == "<any>":
        return True
    if isinstance(expected, dict):
        return isinstance(actual, dict) and set(expected) == set(actual) and all(
            like(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            like(e, a) for e, a in zip(expected, actual))
    return expected == actual


# --- the contract's own tables ---

def contract_routes(text):
    """The routes of CONTRACT.md's Routes table, as "METHOD /path" strings."""
    section = text.split("\n## Routes", 1)[1].split("\n## ", 1)[0]
    routes = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith("| method") or line.startswith("|---"):
            continue
        cell = line.split("|")[1]
        method = None
        for piece in re.split(r",| or ", cell):
            m = re.match(r"\s*([A-Z/]+)?\s*`([^`]+)`", piece)
            if not m:
                continue
            methods = m.group(1).split("/") if m.group(1) else [method]
            method = methods[-1] if m.group(1) else method
            for each in methods:
                routes.append("%s %s" % (each, m.group(2)))
    return routes


def contract_corrections(text):
    """The bold titles of CONTRACT.md's Corrections items, without their final full stop."""
    section = text.split("\n## Corrections", 1)[1].split("\n## ", 1)[0]
    return [m.rstrip(".") for m in re.findall(r"^- \*\*([^*]+)\*\*", section, re.M)]


class ContractRowsDataTest(unittest.TestCase):
    """contract_rows.json against CONTRACT.md itself."""

    @classmethod
    def setUpClass(cls):
        cls.rows = load_rows()
        cls.contract = None
        if os.path.exists(CONTRACT):
            with open(CONTRACT) as f:
                cls.contract = f.read()

    def need_contract(self):
        if self.contract is None:
            self.skipTest("no %s here (CI has it beside the repository)" % CONTRACT)

    def test_every_contract_route_has_a_row(self):
        self.need_contract()
        routes = contract_routes(self.contract)
        self.assertGreaterEqual(len(routes), 30, routes)  # the parser read the table
        covered = set()
        for row in self.rows:
            covered.add(row.get("route"))
            covered.update(row.get("covers", []))
        missing = [route for route in routes if route not in covered]
        self.assertEqual(missing, [], "contract routes without a row in contract_rows.json")

    def test_every_correction_has_a_row(self):
        self.need_contract()
        corrections = contract_corrections(self.contract)
        self.assertGreaterEqual(len(corrections), 5, corrections)
        covered = {row.get("correction") for row in self.rows}
        self.assertEqual([c for c in corrections if c not in covered], [],
                         "Corrections items without a row in contract_rows.json")

    def test_rows_name_real_contract_routes(self):
        self.need_contract()
        routes = set(contract_routes(self.contract))
        for row in self.rows:
            for route in [row.get("route")] + row.get("covers", []):
                if route is not None:
                    self.assertIn(route, routes, row["id"])

    def test_rows_are_well_formed(self):
        ids = [row["id"] for row in self.rows]
        self.assertEqual(len(ids), len(set(ids)), "row ids repeat")
        for row in self.rows:
            self.assertTrue(row.get("route") or row.get("topic"), row["id"])
            self.assertIn(row.get("sandbox", "default"), VARIANTS, row["id"])
            for step in [row] + row.get("then", []):
                if "offline_queue_empty" in step:
                    continue
                expect = step["expect"]
                self.assertTrue(("both" in expect) != ("classic" in expect and "current" in expect),
                                (row["id"], expect))


class EmulationRowsTest:
    """Runs every row of contract_rows.json against this emulation; subclasses set emulate."""

    emulate = None

    @classmethod
    def setUpClass(cls):
        cls.rows = load_rows()
        cls.sandboxes = {}
        cls.report = []

    @classmethod
    def tearDownClass(cls):
        for sandbox, _ in cls.sandboxes.values():
            sandbox.stop()
        passed = sum(1 for line in cls.report if line.startswith("ok"))
        sys.stderr.write("\n[contract rows, %s on Prosody %s: %d of %d rows as the contract says]\n%s\n" % (
            cls.emulate, PROSODY_VERSION, passed, len(cls.report), "\n".join("  " + r for r in cls.report)))

    def sandbox_for(self, variant):
        if variant not in self.sandboxes:
            sandbox = Sandbox(emulate=self.emulate, **VARIANTS[variant])
            self.sandboxes[variant] = (sandbox, sandbox.start())
        return self.sandboxes[variant][1]

    def names(self, info, row):
        users = info["users"]
        offline = users[1] if len(users) > 1 else users[0]
        return {"domain": info["domain"], "second": info["second_domain"], "online": users[0],
                "offline": offline, "OFFLINE": offline.upper(), "n": row["n"]}

    def call(self, info, request):
        api = Api(info["url"], info["jid"], info["password"])
        auth = request.get("auth", "admin")
        if auth == "admin":
            auth = True
        elif auth == "none":
            auth = None
        elif auth == "wrong":
            auth = (info["jid"], "wrong-password")
        elif auth == "bare":
            auth = (info["jid"].split("@")[0], info["password"])
        elif auth == "nonadmin":
            auth = (info["nonadmin_jid"], info["nonadmin_password"])
        elif isinstance(auth, list):
            auth = tuple(auth)
        return api.call(request["method"], request["path"], body=request.get("body"), raw=request.get("raw"),
                        content_type=request.get("content_type"), auth=auth)

    def expectation(self, expect):
        chosen = expect.get("both") or expect[self.emulate]
        return chosen.get("by_version", {}).get(VERSION_KEY, chosen)

    def check(self, reply, expect, what):
        self.assertEqual(reply.status, expect["status"], "%s: %r" % (what, reply))
        if expect.get("error_page"):
            self.assertIn("<title>500 Internal Server Error</title>", reply.raw, what)
            if PROSODY_13:
                self.assertEqual(reply.content_type, "text/html; charset=utf-8", what)
            else:
                self.assertIsNone(reply.content_type, "%s: HTTP/1.0 500 without headers" % what)
            return
        if expect.get("empty_body"):
            self.assertEqual(reply.raw, "", what)
        if expect.get("no_content_type"):
            self.assertIsNone(reply.content_type, what)
        if "body" in expect:
            self.assertEqual((reply.content_type, reply.raw), (expect["content_type"], expect["body"]), what)
        if "result" in expect:
            self.assertEqual(reply.content_type, "application/json", what)
            self.assertEqual(reply.result, expect["result"], "%s: %r" % (what, reply))
        if "result_like" in expect:
            self.assertEqual(reply.content_type, "application/json", what)
            self.assertTrue(like(expect["result_like"], reply.result),
                            "%s: %r is not like %r" % (what, reply.result, expect["result_like"]))

    def check_offline_queue_empty(self, info, user, what):
        sandbox = next(s for s, i in self.sandboxes.values() if i is info)
        self.assertNotIn((info["domain"], "offline", user), sandbox.records(),
                         "%s: something was queued for %s" % (what, user))

    def run_row(self, row):
        info = self.sandbox_for(row.get("sandbox", "default"))
        row = substitute(row, self.names(info, row))
        for step in row.get("setup", []):
            if isinstance(step, dict):  # {"only": emulation, "call": [...]}
                if step["only"] != self.emulate:
                    continue
                step = step["call"]
            method, path, *body = step
            r = self.call(info, {"method": method, "path": path, "body": body[0] if body else None})
            self.assertLess(r.status, 400, "setup %s %s: %r" % (method, path, r))
        request = row["request"]
        self.check(self.call(info, request), self.expectation(row["expect"]),
                   "%s %s" % (request["method"], request["path"]))
        for step in row.get("then", []):
            if "offline_queue_empty" in step:
                self.check_offline_queue_empty(info, step["offline_queue_empty"], "then")
                continue
            request = step["request"]
            self.check(self.call(info, request), self.expectation(step["expect"]),
                       "then %s %s" % (request["method"], request["path"]))

    def test_every_row(self):
        for row in self.rows:
            label = "%-36s %s" % (row["id"], row.get("route") or row.get("topic"))
            with self.subTest(row=row["id"]):
                try:
                    self.run_row(row)
                except BaseException:
                    self.report.append("FAIL " + label)
                    raise
                self.report.append("ok   " + label)


class ClassicContractRowsTest(EmulationRowsTest, unittest.TestCase):
    """Every contract row against admin_rest_emulate = "classic"."""

    emulate = "classic"


class CurrentContractRowsTest(EmulationRowsTest, unittest.TestCase):
    """Every contract row against admin_rest_emulate = "current"."""

    emulate = "current"


if __name__ == "__main__":
    unittest.main()
