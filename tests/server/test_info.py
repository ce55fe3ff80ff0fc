# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""GET /info against the running Prosody: its version (Debian's package on 0.12, the built
sources on 13), its roles, the module's options and extensions, and the process's memory.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_info
"""

import os
import subprocess
import time
import unittest

from harness import HOST_ROLES, PROSODY_13, PROSODY_VERSION, OursTestCase, launcher_source_dir
from sandbox import prosody_launcher


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


class InfoTest(OursTestCase):
    """GET /info."""

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
        expected_storage = {"internal": {"accounts": "internal", "driver": None},
                            "sqlite": {"accounts": "sql", "driver": "SQLite3"},
                            "postgres": {"accounts": "sql", "driver": "PostgreSQL"}}[self.sandbox.storage]
        self.assertEqual(info["storage"], expected_storage)  # what the sandbox configured
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


if __name__ == "__main__":
    unittest.main()
