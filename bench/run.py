#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Runs every benchmark of issue 9 side by side on this machine and writes BENCHMARKS.md.

    python3 bench/run.py --build build/bench --out BENCHMARKS.md [--repeat 3]

bench/run.sh builds the programs first and calls this. Sandboxes are started with
server/sandbox.py on loopback and stopped at the end.
"""
import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SANDBOX = os.path.join(ROOT, "server", "sandbox.py")
SESSIONS = os.path.join(ROOT, "bench", "xmpp_sessions.py")
CONCURRENCIES = [1, 2, 4, 6, 8]
PROSODY_LIB = "/usr/lib/prosody"


def log(*args):
    print("bench:", *args, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


class Sandbox:
    def __init__(self, users, bots=0, emulate=None, storage=None, bench_routes=False):
        extra = ["--emulate", emulate] if emulate else []
        extra += ["--storage", storage] if storage else []
        extra += ["--bench-routes"] if bench_routes else []
        self.proc = subprocess.Popen([sys.executable, SANDBOX, "--users", str(users), "--bots", str(bots)] + extra,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox did not start")
        self.info = json.loads(line)
        self.url = self.info["url"]
        self.auth = "%s:%s" % (self.info["jid"], self.info["password"])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(60)


# --- curl baselines

def curl_block(url, auth, body):
    lines = ['url = "%s"' % url, 'user = "%s"' % auth, 'output = "/dev/null"', 'silent',
             'write-out = "%{http_code}\\n"']
    if body is not None:
        lines += ['header = "Content-Type: application/json"', 'data = "%s"' % body.replace('"', '\\"')]
    return "\n".join(lines)


def curl_keepalive(requests, auth, parallel, workdir):
    """requests: (url, body or None). `parallel` curl processes, each sends its share in order over one
    kept-alive connection (curl -K with `next` between URLs). Returns (seconds, successes)."""
    files = []
    for p in range(parallel):
        share = requests[p::parallel]
        path = os.path.join(workdir, "curl-%d.cfg" % p)
        with open(path, "w") as f:
            f.write("\nnext\n".join(curl_block(url, auth, body) for url, body in share) + "\n")
        files.append(path)
    t0 = time.monotonic()
    procs = [subprocess.Popen(["curl", "-K", path], stdout=subprocess.PIPE, text=True) for path in files]
    outputs = [p.communicate()[0] for p in procs]
    seconds = time.monotonic() - t0
    ok = sum(1 for out in outputs for code in out.split() if code.startswith("2"))
    return seconds, ok


def curl_process_loop(requests, auth, workdir):
    """One curl process per request, one after the other, from a shell loop."""
    script = os.path.join(workdir, "loop.sh")
    with open(script, "w") as f:
        for url, body in requests:
            if body is None:
                f.write("curl -s -o /dev/null -w '%%{http_code}\\n' -u '%s' '%s'\n" % (auth, url))
            else:
                f.write("curl -s -o /dev/null -w '%%{http_code}\\n' -u '%s' -H 'Content-Type: application/json' "
                        "-d '%s' '%s'\n" % (auth, body, url))
    t0 = time.monotonic()
    out = subprocess.run(["bash", script], capture_output=True, text=True).stdout
    return time.monotonic() - t0, sum(1 for code in out.split() if code.startswith("2"))


def hash_iterations():
    """mod_auth_internal_hashed's default iteration count, with which Prosody hashes a new account's password."""
    with open(os.path.join(PROSODY_LIB, "modules", "mod_auth_internal_hashed.lua")) as f:
        return int(re.search(r'"default_iteration_count", (\d+)', f.read()).group(1))


def password_hash_ms(iterations, count=200):
    """-> ms of CPU: a new account's password hash alone, as Prosody makes it, in a process of its own."""
    out = subprocess.run(["lua5.4", os.path.join(ROOT, "bench", "password_hash.lua"), PROSODY_LIB, str(iterations),
                          str(count)], capture_output=True, text=True, check=True).stdout
    return float(out)


def sandbox_route(sandbox, path):
    """-> the answer of one of the routes `server/sandbox.py --bench-routes` adds, as text."""
    base = urllib.parse.urlsplit(sandbox.url)
    with urllib.request.urlopen("%s://%s%s" % (base.scheme, base.netloc, path), timeout=60) as answer:
        return answer.read().decode()


def server_password_hash_ms(sandbox, iterations, count=200):
    """-> ms of CPU: the same hash alone inside the sandbox's own Prosody."""
    return float(sandbox_route(sandbox, "/sandbox_password_hash?iterations=%d&count=%d" % (iterations, count)))


def prosodyctl_loop(names, config):
    t0 = time.monotonic()
    ok = 0
    for name in names:
        r = subprocess.run(["prosodyctl", "--config", config, "register", name, "sandbox.localhost", "pw-" + name],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok += r.returncode == 0
    return time.monotonic() - t0, ok


def fill_accounts(sb, total):
    """Copies the first demo user's account record (the demo users share one salted hash) into
    the sandbox's SQLite database under user<n> names up to `total` accounts; -> seconds."""
    database = os.path.join(os.path.dirname(sb.info["data_dir"]), "prosody.sqlite")
    first = len(sb.info["users"]) + 1
    t0 = time.monotonic()
    with sqlite3.connect(database, timeout=60) as db:
        db.execute('WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) '
                   'INSERT INTO "prosody" ("host", "user", "store", "key", "type", "value") '
                   'SELECT p."host", printf(\'user%03d\', n.i), p."store", p."key", p."type", p."value" '
                   'FROM n, "prosody" p WHERE p."host" = ? AND p."user" = ? AND p."store" = \'accounts\'',
                   (first, total - 2, sb.info["domain"], sb.info["users"][0]))
    return time.monotonic() - t0


# --- the console's code

def bench_api(build, sandbox, mode, count, concurrency=None, prefix="", users=(), gui=False, token=False,
              batch=None):
    cmd = [os.path.join(build, "bench", "bench_api"), "--url", sandbox.url, "--jid", sandbox.info["jid"],
           "--password=" + sandbox.info["password"], "--mode", mode, "--count", str(count)]
    if concurrency:
        cmd += ["--concurrency", str(concurrency)]
    if prefix:
        cmd += ["--prefix", prefix]
    if users:
        cmd += ["--users", ",".join(users)]
    if gui:
        cmd.append("--gui")
    if token:
        cmd.append("--token")
    if batch:
        cmd += ["--batch", str(batch)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


class Runner:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.repeat = args.repeat
        self.results = {}
        self.work = tempfile.mkdtemp(prefix="pac-bench-")
        self.serial = 0

    def prefix(self):
        self.serial += 1
        return "b%dx%d" % (os.getpid(), self.serial)

    @staticmethod
    def turns(round_index):
        """Curl and the console take turns at going first, round by round (each measure starts with the
        server's garbage collected and pays for its own, but the order must not always be the same)."""
        return ("curl", "console") if round_index % 2 == 0 else ("console", "curl")

    # 1. many calls
    def api(self, sb):
        n = self.args.count
        names = sb.info["users"][:n]
        self.server_pid = sb.info["pid"]
        self.api_sandbox = sb
        base = sb.url
        for key in [k for k in self.results if k.split("/")[0] in ("create", "get", "roster", "responsiveness")]:
            del self.results[key]  # figures of an earlier run that is being redone
        for r in range(self.repeat):
            log("api round %d of %d" % (r + 1, self.repeat))
            for c in CONCURRENCIES:
                p = self.prefix()
                reqs = [("%s/user/%s%d" % (base, p, i), '{"password":"bench-password-%d"}' % i) for i in range(1, n + 1)]
                for way in self.turns(r):
                    self.mark()
                    if way == "curl":
                        s, ok = curl_keepalive(reqs, sb.auth, c, self.work)
                        self.add("create/curl-keepalive-%d" % c, ok / s, ok, n)
                    else:
                        res = bench_api(self.build, sb, "create", n, c, prefix=self.prefix())
                        self.add("create/console-%d" % c, res["succeeded"] / res["seconds"], res["succeeded"], n, res)
                for kind, path in (("get", "user"), ("roster", "roster")):
                    reqs = [("%s/%s/%s" % (base, path, u), None) for u in names]
                    for way in self.turns(r):
                        self.mark()
                        if way == "curl":
                            s, ok = curl_keepalive(reqs, sb.auth, c, self.work)
                            self.add("%s/curl-keepalive-%d" % (kind, c), ok / s, ok, n)
                        else:
                            res = bench_api(self.build, sb, kind, n, c, users=names)
                            self.add("%s/console-%d" % (kind, c), res["succeeded"] / res["seconds"], res["succeeded"], n, res)
            p = self.prefix()
            k = self.args.loop_count
            self.mark()
            s, ok = prosodyctl_loop(["%s%d" % (p, i) for i in range(k)], sb.info["config_file"])
            self.add("create/prosodyctl-loop", ok / s, ok, k)
            p = self.prefix()
            self.mark()
            s, ok = curl_process_loop([("%s/user/%s%d" % (base, p, i), '{"password":"x%d"}' % i) for i in range(k * 2)],
                                      sb.auth, self.work)
            self.add("create/curl-process-loop", ok / s, ok, k * 2)
            for kind, path in (("get", "user"), ("roster", "roster")):
                self.mark()
                s, ok = curl_process_loop([("%s/%s/%s" % (base, path, u), None) for u in names[:k * 4]],
                                          sb.auth, self.work)
                self.add("%s/curl-process-loop" % kind, ok / s, ok, k * 4)
            self.mark()
            res = bench_api(self.build, sb, "create", n, None, prefix=self.prefix(), gui=True)
            self.add("responsiveness/create-gui", res["succeeded"] / res["seconds"], res["succeeded"], n, res)

    def server_cpu(self):
        """Seconds of CPU the sandbox's Prosody has used (user + system)."""
        with open("/proc/%d/stat" % self.server_pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def collected_cpu(self, sb):
        """The server's CPU seconds once its Lua garbage is collected in full. Read at both ends of a
        measure (items 1 and 8): the collection before is not counted, so no measure pays for the one
        before it; the one after is, so each pays for its own."""
        sandbox_route(sb, "/sandbox_memory")
        return self.server_cpu()

    def mark(self):
        """Before a measure of item 1 (see collected_cpu)."""
        self.cpu_mark = self.collected_cpu(self.api_sandbox)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.client_cpu_mark = usage.ru_utime + usage.ru_stime

    def add(self, key, rate, ok, expected, res=None):
        entry = self.results.setdefault(key, {"rates": [], "failures": 0, "gaps": [], "server_cpu_ms": [],
                                              "client_cpu_ms": []})
        entry["rates"].append(rate)
        entry["server_cpu_ms"].append(1000 * (self.collected_cpu(self.api_sandbox) - self.cpu_mark) / max(ok, 1))
        # The CPU of the client processes this runner waited for (curl, bench_api, prosodyctl, bash).
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        entry["client_cpu_ms"].append(
            1000 * (usage.ru_utime + usage.ru_stime - self.client_cpu_mark) / max(ok, 1))
        entry["failures"] += expected - ok
        if res is not None:
            entry["gaps"].append(res["longest_tick_gap_ms"])
            if res.get("first_error"):
                entry["first_error"] = res["first_error"]
        entry["median"] = median(entry["rates"])
        log("%-30s %8.1f /s  CPU/call: server %.2f ms, client %.2f ms%s" % (
            key, rate, entry["server_cpu_ms"][-1], entry["client_cpu_ms"][-1], "" if ok == expected else "  (%d of %d failed)" % (expected - ok, expected)))

    # 6. issue 17: sign in once, ask in bulk
    CREATE_BATCH, READ_BATCH, BATCH_CONCURRENCY = 50, 250, 2
    SIGNIN_ROWS = [("create/token", "create, token", None), ("create/batch", "create, batch", 1.3),
                   ("get/token", "user reads, token", None), ("get/batch", "user reads, batch", 3.0),
                   ("roster/token", "roster reads, token", None), ("roster/batch", "roster reads, batch", 3.0),
                   ("create/published", "create, published (one by one)", 0.9),
                   ("get/published", "user reads, published (one by one)", 0.9),
                   ("roster/published", "roster reads, published (one by one)", 0.9)]

    def curl_run(self, sb, kind, n, names, c):
        """-> keep-alive curl with c in parallel: its rate and its server CPU per call"""
        if kind == "create":
            p = self.prefix()
            reqs = [("%s/user/%s%d" % (sb.url, p, i), '{"password":"bench-password-%d"}' % i) for i in range(1, n + 1)]
        else:
            reqs = [("%s/%s/%s" % (sb.url, "user" if kind == "get" else "roster", u), None) for u in names]
        cpu = self.collected_cpu(sb)
        s, ok = curl_keepalive(reqs, sb.auth, c, self.work)
        return ok / s, 1000 * (self.collected_cpu(sb) - cpu) / max(ok, 1)

    def console_run(self, sb, kind, how, n, names):
        cpu = self.collected_cpu(sb)
        if how == "batch":
            res = bench_api(self.build, sb, kind + "-batch", n, self.BATCH_CONCURRENCY, prefix=self.prefix(),
                            users=names, batch=self.CREATE_BATCH if kind == "create" else self.READ_BATCH)
        else:
            res = bench_api(self.build, sb, kind, n, None, prefix=self.prefix() if kind == "create" else "",
                            users=() if kind == "create" else names, token=how == "token")
        if res["succeeded"] != n:
            log("%s/%s: %d of %d failed (%s)" % (kind, how, n - res["succeeded"], n, res.get("first_error")))
        return res, 1000 * (self.collected_cpu(sb) - cpu) / max(res["succeeded"], 1)

    def signin_bulk(self):
        n = self.args.count
        out = {"started": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "rounds": self.repeat, "count": n, "concurrency": None, "create_batch": self.CREATE_BATCH,
               "read_batch": self.READ_BATCH, "rows": self.SIGNIN_ROWS, "ratios": {}, "sign_ins": [],
               "hash_iterations": hash_iterations(),
               "load": "load average %s before" % " ".join(open("/proc/loadavg").read().split()[:3])}
        for emulate, hows in ((None, ("token", "batch")), ("current", ("published",))):
            hows = [how for how in hows if how in self.args.signin_ways]
            if not hows:
                continue
            sb = Sandbox(n, emulate=emulate, bench_routes=True)
            self.server_pid = sb.info["pid"]
            names = sb.info["users"][:n]
            try:
                for r in range(self.repeat):
                    log("sign-in/bulk round %d of %d (%s)" % (r + 1, self.repeat, emulate or "ours"))
                    for kind in ("create", "get", "roster"):
                        for how in hows:
                            # The console and the curl variants take turns at going first (each measure
                            # starts with the server's garbage collected and pays for its own, see
                            # collected_cpu, but the order must not always be the same).
                            steps = ["console"] + CONCURRENCIES
                            steps = steps[r % len(steps):] + steps[:r % len(steps)]
                            curl, curl_cpu, variants = 0.0, float("nan"), {}
                            for step in steps:
                                if step == "console":
                                    # Batch creations: the password hash alone just before and just after,
                                    # the floor of a creation at the machine's speed of the moment, in the
                                    # server's own process and in one of its own.
                                    timed = kind == "create" and how == "batch"
                                    if timed:
                                        before = (server_password_hash_ms(sb, out["hash_iterations"]),
                                                  password_hash_ms(out["hash_iterations"]))
                                    res, console_cpu = self.console_run(sb, kind, how, n, names)
                                    if timed:
                                        after = (server_password_hash_ms(sb, out["hash_iterations"]),
                                                 password_hash_ms(out["hash_iterations"]))
                                        out.setdefault("server_hash_ms", []).append((before[0] + after[0]) / 2)
                                        out.setdefault("hash_ms", []).append((before[1] + after[1]) / 2)
                                    continue
                                rate, cpu = self.curl_run(sb, kind, n, names, step)
                                variants[str(step)] = rate
                                if rate > curl:
                                    curl, curl_cpu = rate, cpu
                            out["concurrency"] = out["concurrency"] or (res["concurrency"] if how != "batch" else None)
                            if how == "token":
                                out["sign_ins"].append(res["sign_ins"])
                            row = out["ratios"].setdefault("%s/%s" % (kind, how), {
                                "console": [], "curl": [], "ratio": [], "server_cpu_console": [], "server_cpu_curl": [],
                                "curl_variants": {str(c): [] for c in CONCURRENCIES}})
                            console = res["succeeded"] / res["seconds"]
                            row["console"].append(console)
                            row["curl"].append(curl)
                            row["ratio"].append(console / curl)
                            row["server_cpu_console"].append(console_cpu)
                            row["server_cpu_curl"].append(curl_cpu)
                            for c, rate in variants.items():
                                row["curl_variants"][c].append(rate)
                            log("%-20s console %7.1f/s  best curl %7.1f/s  ratio %.2f" % (
                                "%s/%s" % (kind, how), console, curl, console / curl))
            finally:
                sb.stop()
        out["load"] += ", %s after" % " ".join(open("/proc/loadavg").read().split()[:3])
        self.results["signin_bulk"] = out

    # 5. broadcast and multicast
    def broadcast(self, sb):
        users = sb.info["users"]
        proc = subprocess.Popen([sys.executable, SESSIONS, "--port", str(sb.info["c2s_port"]), "--domain",
                                 sb.info["domain"], "--password=" + sb.info["demo_password"]] + users,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            ready = json.loads(proc.stdout.readline())
            log("online sessions:", ready)
            self.results["sessions_online"] = ready
            online = ready["online"]
            best_c = max(CONCURRENCIES, key=lambda c: self.results.get("get/console-%d" % c, {}).get("median", 0))
            best_curl = max(CONCURRENCIES, key=lambda c: self.results.get("get/curl-keepalive-%d" % c, {}).get("median", 0))

            def expect(run):
                proc.stdin.write("expect %d\n" % online)
                proc.stdin.flush()
                json.loads(proc.stdout.readline())
                seconds = run()
                delivered = json.loads(proc.stdout.readline())
                return seconds, delivered

            out = {}
            for r in range(self.repeat):
                for key, run in (
                        ("broadcast/console", lambda: bench_api(self.build, sb, "broadcast", 1)["seconds"]),
                        ("multicast/console", lambda: bench_api(self.build, sb, "multicast", online, users=users)["seconds"]),
                        ("per-recipient/console-%d" % best_c,
                         lambda: bench_api(self.build, sb, "message", online, best_c, users=users)["seconds"]),
                        ("per-recipient/curl-keepalive-%d" % best_curl,
                         lambda: curl_keepalive([("%s/message/%s" % (sb.url, u), '{"message":"bench"}') for u in users],
                                                sb.auth, best_curl, self.work)[0])):
                    seconds, delivered = expect(run)
                    entry = out.setdefault(key, {"seconds": [], "delivered_seconds": [], "delivered": []})
                    entry["seconds"].append(seconds)
                    entry["delivered"].append(delivered.get("received"))
                    entry["delivered_seconds"].append(delivered.get("seconds"))
                    log("%-30s %.3f s, delivered %s" % (key, seconds, delivered))
            self.results["broadcast"] = out
        finally:
            proc.stdin.close()
            proc.wait(60)

    # 2. big hosts
    def big_host(self):
        log("starting a sandbox with %d users" % self.args.big)
        t0 = time.monotonic()
        sb = Sandbox(self.args.big)
        self.results["big_sandbox_start_seconds"] = time.monotonic() - t0
        try:
            pages = {"first": [], "later": []}
            t = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", "-u", sb.auth,
                                "%s/registered-users?offset=0&limit=1000" % sb.url], capture_output=True, text=True)
            pages["first"].append(float(t.stdout))
            for r in range(5):
                t = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", "-u", sb.auth,
                                    "%s/registered-users?offset=%d&limit=1000" % (sb.url, 1000 * (r * 17 + 3))],
                                   capture_output=True, text=True)
                pages["later"].append(float(t.stdout))
            self.results["pages"] = pages
            body = os.path.join(self.work, "all-users.json")
            t = subprocess.run(["curl", "-s", "-o", body, "-w", "%{time_total}", "-u", sb.auth, "%s/all-users" % sb.url],
                               capture_output=True, text=True)
            self.results["all_users_fetch_seconds"] = float(t.stdout)
            self.results["all_users_bytes"] = os.path.getsize(body)
        finally:
            sb.stop()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([os.path.join(self.build, "bench", "bench_users"), "--body", body, "--repeat",
                              str(max(self.repeat, 5))], capture_output=True, text=True, env=env, check=True).stdout
        self.results["users"] = json.loads(out.strip().splitlines()[-1])
        log("users:", {k: v for k, v in self.results["users"].items() if not isinstance(v, list)})

    # 9. a host of a million users (issue 17)
    def million(self):
        """A sandbox on SQLite whose accounts beyond its demo users are copied straight into its
        database (one INSERT … SELECT of a demo account's record under a million names): writing
        them through Prosody one by one, as item 2's host is made, would take hours. Then our paged
        listing's first and later pages, the whole GET /all-users answer, and bench_users on it."""
        total, limit = self.args.million, self.args.million_seconds
        deadline = time.monotonic() + limit
        out = {"users": total, "load": "load average %s before" % " ".join(open("/proc/loadavg").read().split()[:3]),
               "started": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        log("million: starting a sandbox on SQLite")
        sb = Sandbox(1000, storage="sqlite")
        try:
            out["fill_seconds"] = fill_accounts(sb, total)
            log("million: %d accounts in %.1f s" % (total, out["fill_seconds"]))

            def fetch(path, output="/dev/null"):
                left = max(1, int(deadline - time.monotonic()))
                t = subprocess.run(["curl", "-s", "-f", "-o", output, "-w", "%{time_total}", "-m", str(left), "-u",
                                    sb.auth, sb.url + path], capture_output=True, text=True, check=True)
                return float(t.stdout)
            out["first_page_seconds"] = fetch("/registered-users?offset=0&limit=1000")
            out["later_pages_seconds"] = [fetch("/registered-users?offset=%d&limit=1000" % (1000 * (r * 170 + 3)))
                                          for r in range(5)]
            body = os.path.join(self.work, "all-users-million.json")
            out["all_users_fetch_seconds"] = fetch("/all-users", body)
            out["all_users_bytes"] = os.path.getsize(body)
        finally:
            sb.stop()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        left = max(1, int(deadline - time.monotonic()))
        res = subprocess.run([os.path.join(self.build, "bench", "bench_users"), "--body", body, "--repeat", "3"],
                             capture_output=True, text=True, env=env, check=True, timeout=left).stdout
        os.unlink(body)
        out["bench_users"] = json.loads(res.strip().splitlines()[-1])
        out["load"] += ", %s after" % " ".join(open("/proc/loadavg").read().split()[:3])
        self.results["million"] = out
        log("million:", {k: v for k, v in out.items() if k != "bench_users"},
            {k: v for k, v in out["bench_users"].items() if not isinstance(v, list)})

    # 4. start-up
    def startup(self):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=os.path.join(self.work, "config"),
                   XDG_DATA_HOME=os.path.join(self.work, "data"), XDG_CACHE_HOME=os.path.join(self.work, "cache"),
                   PAC_ADMIN_PASSWORD="unused")
        console = os.path.join(self.build, "bench", "bench_startup_console")
        programs = {
            "bare": ([os.path.join(self.build, "bench", "bench_startup_bare")], env),
            "text": ([os.path.join(self.build, "bench", "bench_startup_bare"), "--text"], env),
            "console": ([console, "--url", "http://127.0.0.1:9/admin_rest", "--jid", "admin@localhost"], env),
        }
        # Launch to the users list painted with rows, signed in to a sandbox of 1000 users (items 1, 3, 5).
        sb = Sandbox(1000)
        programs["listed"] = ([console, "--users-listed", "--url", sb.url, "--jid", sb.info["jid"]],
                              dict(env, PAC_ADMIN_PASSWORD=sb.info["password"]))
        times = {name: [] for name in programs}
        rows = []
        try:
            for r in range(max(11, self.repeat)):
                for name, (cmd, program_env) in programs.items():
                    t0 = time.monotonic()
                    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                            env=program_env)
                    line = proc.stdout.readline()
                    elapsed = time.monotonic() - t0
                    proc.wait(30)
                    if line.startswith("painted") or line.startswith("listed"):
                        times[name].append(elapsed * 1000)
                    if line.startswith("listed"):
                        rows.append(int(line.split()[2]))
        finally:
            sb.stop()
        self.results["startup"] = times
        self.results["startup_listed_rows"] = rows
        log("startup medians: " + ", ".join("%s %.1f ms" % (name, median(t)) for name, t in times.items()))


def build_type(build):
    """CMAKE_BUILD_TYPE of the build directory the programs come from."""
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip() or "no build type"
    except OSError:
        pass
    return "unknown build"


def machine():
    model = cores = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name") and not model:
                model = line.split(":", 1)[1].strip()
    cores = os.cpu_count()
    mem = ""
    with open("/proc/meminfo") as f:
        mem = f.readline().split(":", 1)[1].strip()
    prosody = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "prosody"], capture_output=True, text=True).stdout
    qt = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libqt6core6"], capture_output=True, text=True).stdout
    curl = subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {"cpu": model, "cores": cores, "memory": mem, "uname": " ".join(platform.uname()), "prosody": prosody,
            "qt": qt, "curl": curl, "load_before": open("/proc/loadavg").read().split()[:3]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--count", type=int, default=1000, help="calls per bulk measure (1000)")
    parser.add_argument("--loop-count", type=int, default=50, help="prosodyctl registrations per round (50)")
    parser.add_argument("--big", type=int, default=100000, help="users of the big host (100000)")
    parser.add_argument("--million", type=int, default=1000000, help="accounts of the million host (1000000)")
    parser.add_argument("--million-seconds", type=int, default=1200,
                        help="time limit of the million host's part after its sandbox started (1200)")
    parser.add_argument("--signin-ways", nargs="+", choices=["token", "batch", "published"],
                        default=["token", "batch", "published"], help="the ways the signin part measures (all)")
    parser.add_argument("--note", action="append", default=[], help="a sentence for the report about this run")
    parser.add_argument("--only", nargs="+", choices=["api", "broadcast", "big", "startup", "signin", "million"],
                        help="run only these parts; the others' figures are kept from the --json file")
    args = parser.parse_args()
    only = set(args.only or ["api", "broadcast", "big", "startup", "signin", "million"])
    runner = Runner(args)
    if args.only and args.json and os.path.exists(args.json):
        # A partial run: the other parts' figures come from the previous run's results.
        with open(args.json) as f:
            runner.results.update(json.load(f))
    runner.results["machine"] = machine()
    runner.results["started"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    runner.results["repeat"] = args.repeat
    runner.results["count"] = args.count
    runner.results["loop_count"] = args.loop_count
    runner.results["notes"] = runner.results.get("notes", []) + args.note
    runner.results["build_type"] = build_type(args.build)
    try:
        if "startup" in only:
            runner.startup()
        if "api" in only or "broadcast" in only:
            sb = Sandbox(args.count, bench_routes=True)
            try:
                if "api" in only:
                    runner.api(sb)
                if "broadcast" in only:
                    runner.broadcast(sb)
            finally:
                sb.stop()
        if "big" in only:
            runner.big_host()
        if "signin" in only:
            runner.signin_bulk()
        if "million" in only:
            runner.million()
    finally:
        runner.results["machine"]["load_after"] = open("/proc/loadavg").read().split()[:3]
        if args.json:
            with open(args.json, "w") as f:
                json.dump(runner.results, f, indent=1)
        shutil.rmtree(runner.work, ignore_errors=True)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from report import write_report
    write_report(runner.results, args.out)
    log("wrote", args.out)


if __name__ == "__main__":
    main()
