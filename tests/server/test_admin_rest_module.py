# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The whole server suite under one name: server/mod_admin_rest/ in real Prosody sandboxes
(Debian's 0.12, or Prosody 13 with PAC_PROSODY=13; the assertions follow the version that
runs).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_admin_rest_module

The tests are one module per resource (test_auth, test_users, test_rosters, test_messaging,
test_last_activity, test_groups, test_vcards, test_modules_whitelist, test_info), the module
under other options (test_options), the emulations (test_emulations, and every contract row in
test_contract_rows), security (test_isolation), the launcher (test_sandbox_cli) and the
module's shape (test_layout). Each test class shares one sandbox (server/sandbox.py, used as a
module, see harness.py); XMPP clients are real slixmpp sessions, either the sandbox's own bots
or server/xmpp_bot.py subprocesses started by the tests.
"""

import os
import unittest

from harness import HERE

# Every other server test module, found as discovery finds them.
SERVER_MODULES = sorted(name[:-3] for name in os.listdir(HERE)
                        if name.startswith("test_") and name.endswith(".py") and name != "test_admin_rest_module.py")


def load_tests(loader, tests, pattern):
    """Named on its own (python3 -m unittest test_admin_rest_module) this module runs every
    server test module; discovery (ctest: every test_*.py) finds them by itself."""
    if pattern is None:
        for name in SERVER_MODULES:
            tests.addTests(loader.loadTestsFromName(name))
    return tests


if __name__ == "__main__":
    unittest.main()
