# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The Debian packages (cmake/Packaging.cmake), built from the build directory PAC_BUILD_DIR with
cpack into a scratch folder: lintian reports no error on either, both unpack into a scratch root
(dpkg -x), the installed console answers --version without a display, and Prosody loads the
installed server module from its installed folder."""

import base64
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.request

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE_DIR, "server"))

import sandbox  # noqa: E402

BUILD_DIR = os.environ.get("PAC_BUILD_DIR", "")
VERSION = os.environ.get("PAC_VERSION", "")
PAC_MODULE_PACKAGE = "prosody-mod-admin-rest"


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)


class TestPackages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not BUILD_DIR or not os.path.exists(os.path.join(BUILD_DIR, "CPackConfig.cmake")):
            raise unittest.SkipTest("PAC_BUILD_DIR names no configured build directory (run through ctest)")
        cls.scratch = tempfile.mkdtemp(prefix="pac-packages-")
        built = run(["cpack", "-G", "DEB", "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake"),
                     "-B", cls.scratch])
        if built.returncode != 0:
            raise AssertionError("cpack failed:\n" + built.stdout + built.stderr)
        debs = glob.glob(os.path.join(cls.scratch, "*.deb"))
        cls.console = [d for d in debs if os.path.basename(d).startswith("prosody-admin-console_")]
        cls.module = [d for d in debs if os.path.basename(d).startswith("prosody-mod-admin-rest_")]
        cls.root = os.path.join(cls.scratch, "root")
        for deb in debs:
            subprocess.run(["dpkg-deb", "-x", deb, cls.root], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.scratch, ignore_errors=True)

    def field(self, deb, name):
        return run(["dpkg-deb", "-f", deb, name]).stdout.strip()

    def test_two_packages_with_their_names_and_version(self):
        self.assertEqual(len(self.console), 1, os.listdir(self.scratch))
        self.assertEqual(len(self.module), 1, os.listdir(self.scratch))
        self.assertEqual(self.field(self.console[0], "Version"), VERSION + "-1")
        self.assertEqual(self.field(self.module[0], "Architecture"), "all")

    def test_console_depends_on_its_libraries_and_runtime_plugins(self):
        depends = self.field(self.console[0], "Depends")
        # dpkg-shlibdeps: the libraries the binary links, with versions.
        for library in ("libqt6widgets6", "libqt6network6", "libqt6keychain1", "libicu72", "libc6"):
            self.assertIn(library, depends)
        # Loaded at run time (the SVG icon): not seen by dpkg-shlibdeps.
        self.assertIn("libqt6svg6", depends)
        recommends = self.field(self.console[0], "Recommends")
        for package in ("prosody", "lua-cjson", "python3-slixmpp"):
            self.assertIn(package, recommends)
        self.assertIn("prosody", self.field(self.module[0], "Depends"))

    def test_lintian_reports_no_error(self):
        if not shutil.which("lintian"):
            self.fail("lintian is not installed (scripts/install-deps.sh test installs it)")
        checked = run(["lintian", "--fail-on", "error", "--no-tag-display-limit"]
                      + self.console + self.module)
        errors = [line for line in checked.stdout.splitlines() if line.startswith("E:")]
        self.assertEqual(errors, [], checked.stdout + checked.stderr)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)

    def test_installed_console_answers_version_without_display(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env["QT_QPA_PLATFORM"] = "xcb"  # would fail to open a display, were one needed
        env["HOME"] = self.scratch
        answered = run([os.path.join(self.root, "usr/bin/prosody-admin-console"), "--version"], env=env)
        self.assertEqual(answered.returncode, 0, answered.stderr)
        self.assertEqual(answered.stdout, "prosody-admin-console %s\n" % VERSION)

    def test_installed_files(self):
        for path in ("usr/share/applications/org.prosodyadmin.Console.desktop",
                     "usr/share/metainfo/org.prosodyadmin.Console.metainfo.xml",
                     "usr/share/icons/hicolor/scalable/apps/org.prosodyadmin.Console.svg",
                     "usr/share/icons/hicolor/48x48/apps/org.prosodyadmin.Console.png",
                     "usr/share/icons/hicolor/256x256/apps/org.prosodyadmin.Console.png",
                     "usr/share/man/man1/prosody-admin-console.1.gz",
                     "usr/share/doc/prosody-admin-console/copyright",
                     "usr/share/doc/prosody-mod-admin-rest/README.md",
                     "usr/share/doc/prosody-mod-admin-rest/copyright",
                     "usr/lib/prosody/modules/mod_admin_rest/mod_admin_rest.lua",
                     "usr/lib/prosody/modules/mod_admin_rest/users.lib.lua"):
            self.assertTrue(os.path.isfile(os.path.join(self.root, path)), path)
        page = run(["man", "-l", os.path.join(self.root, "usr/share/man/man1/prosody-admin-console.1.gz")],
                   env=dict(os.environ, MANWIDTH="100"))
        self.assertEqual(page.returncode, 0, page.stderr)
        text = re.sub(".\x08", "", page.stdout)  # without the overstrike of bold and underlined text
        for heading in ("OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "QT_LOGGING_RULES"):
            self.assertIn(heading, text)

    def test_prosody_loads_the_installed_module(self):
        installed = os.path.join(self.root, "usr/lib/prosody/modules")
        # The sandbox's plugin_paths name the installed folder, not the source's server/ (the
        # sandbox's own modules, its demo data and loopback routes, come from server/sandbox_modules/).
        sandbox.SERVER_DIR = installed
        with sandbox.Sandbox(users=2, bots=0) as box:
            info = box.info
            token = base64.b64encode(("%s:%s" % (info["jid"], info["password"])).encode()).decode()
            request = urllib.request.Request(info["url"] + "/info", headers={"Authorization": "Basic " + token})
            with urllib.request.urlopen(request, timeout=10) as reply:
                self.assertEqual(reply.status, 200)
                body = json.loads(reply.read().decode())
            with open(box.config_file) as config:
                self.assertIn('plugin_paths = { "%s", "%s" }' % (installed, sandbox.SANDBOX_MODULES), config.read())
        self.assertIn("version", json.dumps(body).lower())

    def test_apt_installs_both_on_this_machine(self):
        """What the README tells an operator to do (apt install ./prosody-*.deb), here with nothing
        downloaded: every dependency must already be installed (it is, where the console was built and
        tested), so apt plans to install the two packages and nothing else. Installing again changes
        nothing; packages this test installed are purged at the end."""
        if os.geteuid() != 0:
            self.skipTest("installing packages with apt needs root")
        names = ("prosody-admin-console", PAC_MODULE_PACKAGE)
        before = {name: self.installed_version(name) for name in names}
        apt = ["apt-get", "install", "-y", "--no-install-recommends", "-o", "Dpkg::Options::=--force-confold",
               self.console[0], self.module[0]]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        # Nothing but the two packages (nothing to download): their dependencies are all here.
        planned = run(apt + ["--simulate"], env=env)
        self.assertEqual(planned.returncode, 0, planned.stdout + planned.stderr)
        others = [line for line in planned.stdout.splitlines()
                  if line.startswith("Inst ") and line.split()[1] not in names]
        self.assertEqual(others, [], planned.stdout)
        try:
            for attempt in ("install", "install again"):
                done = run(apt, env=env)
                self.assertEqual(done.returncode, 0, "%s:\n%s%s" % (attempt, done.stdout, done.stderr))
            for name in names:
                self.assertEqual(self.installed_version(name), VERSION + "-1")
            answered = run(["prosody-admin-console", "--version"], env=dict(env, QT_QPA_PLATFORM="xcb",
                                                                             DISPLAY="", HOME=self.scratch))
            self.assertEqual((answered.returncode, answered.stdout), (0, "prosody-admin-console %s\n" % VERSION),
                             answered.stderr)
            self.assertEqual(run(["man", "-w", "prosody-admin-console"]).stdout.strip(),
                             "/usr/share/man/man1/prosody-admin-console.1.gz")
            self.assertTrue(os.path.isfile("/usr/share/applications/org.prosodyadmin.Console.desktop"))
            self.assertTrue(os.path.isfile("/usr/lib/prosody/modules/mod_admin_rest/mod_admin_rest.lua"))
        finally:
            removed = [name for name in names if before[name] is None and self.installed_version(name)]
            if removed:
                purged = run(["apt-get", "purge", "-y"] + removed, env=env)
                self.assertEqual(purged.returncode, 0, purged.stdout + purged.stderr)

    @staticmethod
    def installed_version(name):
        """-> the version dpkg has installed, or None."""
        queried = run(["dpkg-query", "-W", "-f", "${db:Status-Status} ${Version}", name])
        status, _, version = queried.stdout.partition(" ")
        return version if queried.returncode == 0 and status == "installed" else None


if __name__ == "__main__":
    unittest.main()
