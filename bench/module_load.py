#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Load on our module: N concurrent clients (threads, one kept-alive HTTP connection each) mixing
reads and writes against a sandbox Prosody for a bounded time, on Prosody 0.12 or 13
(Debian's, and 13 as scripts/prosody13.sh builds it).

Each client owns its accounts (load<client>u<k>) and keeps its own model of them, so every answer
is checked against what it must be: creating (201), reading (200 with the user, or 404 after a
delete), changing the password (200), adding and removing a roster contact between two of its
accounts and reading the roster back (the contact there or gone), deleting (200), plus shared
reads (/ping, /info, /registered-users). An answer that differs, a connection error or a time-out
(no answer: a request lost) is an error. At the end every client's accounts are read once more
against its model, and /ping must still answer.

  /usr/bin/python3 bench/module_load.py [--clients 20] [--seconds 60] [--prosody 0.12,13] [--report]
Prints one line of figures per version and exits 1 on any error; --report writes them into
BENCHMARKS.md (section 7, after the marker that bench/report.py keeps).
"""

import argparse
import base64
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "server"))

from sandbox import Sandbox  # noqa: E402


class Client(threading.Thread):
    def __init__(self, index, info, deadline, seed):
        super().__init__(daemon=True)
        self.index = index
        self.info = info
        self.deadline = deadline
        self.rng = random.Random(seed * 1000 + index)
        self.auth = "Basic " + base64.b64encode(("%s:%s" % (info["jid"], info["password"])).encode()).decode()
        self.accounts = {}  # name -> password, the accounts that exist
        self.links = set()  # frozenset({a, b}): a mutual subscription the client made (either side removes it)
        self.removed = set()  # frozenset({a, b}): one it removed, in neither roster until made again
        self.latencies = []
        self.reads = self.writes = self.resent = 0
        self.errors = []
        self.conn = None
        self.history = []  # (method, path, body, status, answer): shown with an error about a name

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Authorization": self.auth}
        if data is not None:
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.info["http_port"], timeout=30)
            try:
                self.conn.request(method, "/admin_rest" + path, body=data, headers=headers)
                reply = self.conn.getresponse()
                raw = reply.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                # The server may close a kept-alive connection between requests; a request it
                # closed without answering is only sent again when nothing of it was answered.
                self.conn.close()
                self.conn = None
                self.resent += 1
                if attempt == 2:
                    raise AssertionError("%s %s: no answer (%s)" % (method, path, e))
        self.latencies.append(time.monotonic() - started)
        self.history.append((method, path, body, reply.status, raw[:120]))
        if method == "GET":
            self.reads += 1
        else:
            self.writes += 1
        try:
            result = json.loads(raw)["result"]
        except (ValueError, KeyError, TypeError):
            raise AssertionError("%s %s: not the envelope: %d %r" % (method, path, reply.status, raw[:200]))
        return reply.status, result

    def mentioning(self, *names):
        return "; ".join("%s %s %s -> %s %s" % h for h in self.history
                         if any(n and n.split("@")[0] in h[1] + json.dumps(h[2]) for n in names))

    def expect(self, what, got, status, result=None):
        if got[0] != status or (result is not None and got[1] != result):
            self.errors.append("%s: got %r, expected %r %r" % (what, got, status, result))

    def jid(self, name):
        return "%s@%s" % (name, self.info["domain"])

    def step(self):
        rng = self.rng
        names = sorted(self.accounts)
        op = rng.randrange(10)
        if op == 0 or len(names) < 2:
            name = "load%du%d" % (self.index, rng.randrange(1000000))
            if name in self.accounts:
                return
            password = "pw-%d" % rng.randrange(10 ** 9)
            self.expect("create " + name, self.call("POST", "/user/" + name, {"password": password}), 201,
                        "User registered: " + self.jid(name))
            self.accounts[name] = password
        elif op == 1 and len(names) > 4:
            name = rng.choice(names)
            self.expect("delete " + name, self.call("DELETE", "/user/" + name), 200, "User deleted: " + self.jid(name))
            del self.accounts[name]
            # Prosody ends a deleted account's subscriptions; its contacts' items are not checked.
            self.links = {link for link in self.links if name not in link}
            self.removed = {link for link in self.removed if name not in link}
            self.expect("read deleted " + name, self.call("GET", "/user/" + name), 404,
                        "User does not exist: " + self.jid(name))
        elif op == 2:
            name = rng.choice(names)
            self.expect("password " + name, self.call("PATCH", "/user/%s/password" % name, {"password": "new"}), 200,
                        "User modified: " + self.jid(name))
        elif op == 3:
            name, other = rng.sample(names, 2)
            link = frozenset((name, other))
            if link not in self.links:
                self.expect("roster add", self.call("POST", "/roster/" + name, {"contact": self.jid(other)}), 200,
                            "Roster registered: %s and %s" % (self.jid(name), self.jid(other)))
                self.links.add(link)
                self.removed.discard(link)
            else:
                self.expect("roster remove", self.call("DELETE", "/roster/" + name, {"contact": self.jid(other)}),
                            200, "Roster deleted: %s and %s" % (self.jid(name), self.jid(other)))
                self.links.discard(link)
                self.removed.add(link)
        elif op in (4, 5):
            name = rng.choice(names)
            got = self.call("GET", "/roster/" + name)
            if got[0] != 200:
                self.errors.append("roster of %s: %r" % (name, got))
                return
            jids = {item[1]["jid"] for item in got[1]["roster"]}
            partners = {self.jid(n) for link in self.links if name in link for n in link if n != name}
            gone = {self.jid(n) for link in self.removed if name in link for n in link if n != name}
            if not partners <= jids or gone & jids:
                self.errors.append("roster of %s: %r, expected to hold %r and none of %r; its requests: %s" % (
                    name, got, partners, gone, self.mentioning(name)))
        elif op in (6, 7):
            name = rng.choice(names)
            got = self.call("GET", "/user/" + name)
            if got[0] != 200 or not isinstance(got[1], dict) or "user" not in got[1]:
                self.errors.append("read %s: %r" % (name, got))
        elif op == 8:
            self.expect("ping", self.call("GET", "/ping"), 200, "PONG")
        else:
            got = self.call("GET", "/info")
            if got[0] != 200 or "info" not in got[1]:
                self.errors.append("info: %r" % (got,))

    def run(self):
        try:
            while time.monotonic() < self.deadline:
                self.step()
            for name in sorted(self.accounts):  # the model against the server, once more
                got = self.call("GET", "/user/" + name)
                if got[0] != 200:
                    self.errors.append("final read of %s: %r" % (name, got))
        except Exception as e:  # noqa: BLE001 - a lost request or a broken answer ends this client
            self.errors.append("client %d stopped: %s" % (self.index, e))
        finally:
            if self.conn:
                self.conn.close()


REPORT = os.path.join(HERE, "..", "BENCHMARKS.md")
KEPT = "<!-- Sections below are written by other bench scripts; bench/report.py keeps them. -->"
HEADING = "## 7. Our module under load"


def run_version(version, args):
    """-> (the figures as a dict, the errors)"""
    sandbox = Sandbox(users=10, bots=0, prosody=version)
    info = sandbox.start()
    try:
        started = time.monotonic()
        clients = [Client(i, info, started + args.seconds, args.seed) for i in range(args.clients)]
        for c in clients:
            c.start()
        for c in clients:
            c.join(args.seconds + 300)
        elapsed = time.monotonic() - started
        latencies = sorted(x for c in clients for x in c.latencies)
        errors = [e for c in clients for e in c.errors]
        if any(c.is_alive() for c in clients):
            errors.append("a client did not finish")
        ping = Client(-1, info, 0, 0).call("GET", "/ping")
        if ping != (200, "PONG"):
            errors.append("the server no longer answers /ping: %r" % (ping,))
        total = len(latencies)
        figures = dict(prosody=info["prosody_version"], clients=args.clients, seconds=elapsed, requests=total,
                       reads=sum(c.reads for c in clients), writes=sum(c.writes for c in clients),
                       rate=total / elapsed, median=1000 * statistics.median(latencies),
                       p95=1000 * latencies[int(total * 0.95)], max=1000 * latencies[-1], errors=len(errors),
                       resent=sum(c.resent for c in clients), ping="PONG" if ping == (200, "PONG") else repr(ping))
        return figures, errors
    finally:
        sandbox.stop()


def report_section(rows, args):
    lines = [HEADING, "",
             "`/usr/bin/python3 bench/module_load.py --clients %d --seconds %.0f --report` (%s UTC, load average "
             "before: %s): %d clients, each a thread with one kept-alive connection, mixing reads (`GET /user`, "
             "`GET /roster`, `/ping`, `/info`) and writes (create, delete, password, roster add and remove between "
             "its own accounts) for a bounded time; every answer is checked against the client's own model of its "
             "accounts, and at the end every account is read again and `/ping` must answer. Every request is the "
             "global admin's, so each one costs Prosody a password check (`internal_hashed`)."
             % (args.clients, args.seconds, time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
                " ".join("%.2f" % x for x in os.getloadavg()), args.clients),
             "",
             "| Prosody | requests (reads / writes) | requests/s | latency median, p95, max | errors | "
             "resent on a new connection | `/ping` at the end |",
             "|---|---|---|---|---|---|---|"]
    for f in rows:
        lines.append("| %(prosody)s | %(requests)d (%(reads)d / %(writes)d) | %(rate).1f | %(median).0f, %(p95).0f, "
                     "%(max).0f ms | %(errors)d | %(resent)d | %(ping)s |" % f)
    return "\n".join(lines) + "\n"


def write_report(section):
    with open(REPORT) as f:
        text = f.read()
    if KEPT not in text:
        text = text.rstrip("\n") + "\n\n" + KEPT + "\n"
    head, kept = text.split(KEPT, 1)
    parts = [p for p in ("\n" + kept).split("\n## ") if p.strip()]
    parts = ["## " + p.strip("\n") + "\n" for p in parts if not ("## " + p).startswith(HEADING)]
    kept = "\n".join(sorted(parts + [section]))
    with open(REPORT, "w") as f:
        f.write(head + KEPT + "\n\n" + kept)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prosody", default="0.12,13", help="the versions, one after the other")
    parser.add_argument("--report", action="store_true", help="write the figures into BENCHMARKS.md")
    args = parser.parse_args()
    rows, failed = [], False
    for version in args.prosody.split(","):
        figures, errors = run_version(version, args)
        rows.append(figures)
        print("Prosody %(prosody)s, %(clients)d clients, %(seconds).0f s: %(requests)d requests (%(reads)d reads, "
              "%(writes)d writes), %(rate).1f requests/s, latency median %(median).0f ms, p95 %(p95).0f ms, "
              "max %(max).0f ms; %(errors)d errors, %(resent)d sent again on a new connection; /ping at the end: "
              "%(ping)s" % figures)
        for e in errors[:20]:
            print("  error: " + e)
        failed = failed or bool(errors)
    if args.report:
        write_report(report_section(rows, args))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
