# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The server itself: GET /modules, GET|PUT|DELETE /module/<name>, the whitelist, PUT /reload
and the wipes (refused by default; allowed ones are in test_options.py).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_modules_whitelist
"""

import unittest

from harness import OursTestCase


class ModulesWhitelistTest(OursTestCase):
    """Modules, the whitelist, reload and wipes."""

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

    def test_answers_are_valid_utf8_when_the_path_is_not(self):
        # Found by the module fuzzer: "Invalid module name: \xff" was sent as it was, not JSON.
        for path, name in (("/module/%ff", "\ufffd"), ("/module/a%C3%A9%C3", "a\u00e9\ufffd")):
            reply = self.api.get(path)
            reply.data.decode("utf-8")  # strict: raises on invalid UTF-8
            self.assertReply(reply, 400, "Invalid module name: " + name)

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

    def test_reload(self):
        self.assertReply(self.api.put("/reload"), 200)
        self.assertIn("config file reloaded", self.api.put("/reload").result)
        self.assertReply(self.api.get("/ping"), 200, "PONG")

    def test_wipes_refused_by_default(self):
        self.assertReply(self.api.delete("/data"), 403, "Wipe disabled by configuration")
        self.assertReply(self.api.delete("/certs"), 403, "Wipe disabled by configuration")
        self.assertReply(self.api.get("/ping"), 200, "PONG")
        self.assertTrue(self.sandbox.records())


if __name__ == "__main__":
    unittest.main()
