# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""server/sandbox.py as a program: its one JSON line, and a clean exit on stdin EOF and on
SIGTERM (no Prosody, bot or directory left behind); and a launch whose port another process took.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_sandbox_cli
"""

import http.client
import json
import os
import pwd
import re
import select
import signal
import socket
import subprocess
import time
import unittest

from harness import PYTHON, SANDBOX, Api, Sandbox, free_port


class SandboxCliTest(unittest.TestCase):
    """sandbox.py as a program: one JSON line, then a clean exit on EOF or SIGTERM."""

    KEYS = {"url", "https_url", "jid", "password", "domain", "second_domain", "http_port", "c2s_host", "c2s_port",
            "demo_password", "users", "bots", "groups", "nonadmin_jid", "nonadmin_password", "data_dir", "pid",
            "cert_pem", "last_activity", "activity_since", "storage"}

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

    def test_postgres_cluster_of_its_own_removed_at_exit(self):
        proc, info = self.run_sandbox("--users", "2", "--bots", "0", "--storage", "postgres")
        try:
            self.assertEqual(info["storage"], "postgres")
            with open(info["config_file"]) as f:
                cluster = re.search(r'driver = "PostgreSQL", database = "[^"]+", host = "([^"]+)"', f.read()).group(1)
            with open(os.path.join(cluster, "data", "postmaster.pid")) as f:
                postmaster = int(f.readline())
            self.assertEqual(os.stat(cluster).st_uid, pwd.getpwnam("postgres").pw_uid if os.geteuid() == 0
                             else os.geteuid())  # never root: PostgreSQL refuses it
            api = Api(info["url"], info["jid"], info["password"])
            self.assertEqual(api.get("/info").json["result"]["info"]["storage"],
                             {"accounts": "sql", "driver": "PostgreSQL"})
            self.assertEqual(api.get("/registered-users").json["result"]["total"], 4)  # admin, visitor, 2 demo
        finally:
            proc.stdin.close()
        self.assert_gone(proc, info)
        self.assertFalse(os.path.exists(cluster), "the cluster's folder was left behind")
        deadline = time.monotonic() + 10
        while os.path.exists("/proc/%d" % postmaster) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertFalse(os.path.exists("/proc/%d" % postmaster), "PostgreSQL still running")

    def test_bench_routes(self):
        # --bench-routes (for bench/run.py): the server times Prosody's own password hash in its own
        # process (ten times the iterations cost several times the CPU, so it really hashes) and
        # collects its garbage on demand.
        proc, info = self.run_sandbox("--users", "0", "--bots", "0", "--bench-routes")
        try:
            def timed(query, route="/sandbox_password_hash"):
                conn = http.client.HTTPConnection("127.0.0.1", info["http_port"], timeout=60)
                try:
                    conn.request("GET", route + query)
                    answer = conn.getresponse()
                    return answer.status, answer.read().decode()
                finally:
                    conn.close()

            status, few = timed("?iterations=1000&count=50")
            self.assertEqual(status, 200, few)
            status, many = timed("?iterations=10000&count=50")
            self.assertEqual(status, 200, many)
            self.assertGreater(float(few), 0)
            self.assertGreater(float(many), 3 * float(few))
            for query in ("", "?iterations=0&count=5", "?iterations=10&count=100000", "?iterations=x&count=1"):
                self.assertEqual(timed(query)[0], 400, query)
            status, held = timed("", "/sandbox_memory")
            self.assertEqual(status, 200, held)
            self.assertGreater(int(held), 0)
        finally:
            proc.stdin.close()
        self.assert_gone(proc, info)

    def test_port_taken_at_launch_is_retried_with_other_ports(self):
        """Another process may take a port between free_port() and Prosody's bind (tests run side
        by side): the next launch, on other ports, must come up, whatever the first one logged."""
        taken = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        sandbox = Sandbox(users=1, bots=0, muc=False)
        offered = []

        def ports():
            # The first set is the config written before the demo data; the second, the first
            # launch's, with the HTTP port taken.
            clash = len(offered) == 1
            offered.append({"http": port if clash else free_port(), "c2s": free_port()})
            return offered[-1]

        sandbox._free_ports = ports
        try:
            info = sandbox.start()
            self.assertEqual(len(offered), 3, "one launch refused, the next one up")
            self.assertEqual(info["http_port"], offered[2]["http"])
            with open(info["log_file"], errors="replace") as f:
                self.assertEqual(f.read().count("Failed to open server port"), 1)
            self.assertEqual(Api(info["url"], info["jid"], info["password"]).get("/ping").status, 200)
        finally:
            sandbox.stop()
            taken.close()


if __name__ == "__main__":
    unittest.main()
