# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The certificates the server uses (GET /certificates): the sandbox made with --https (its
certificate expires within two days) plus VirtualHosts with certificates of their own, one
expired, one expiring in two and a half days, one for other names; and a server without a MUC component
answers the rooms routes as one without them.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_certificates
"""

import time
import unittest

from harness import SandboxTestCase

EXPIRED, SOON, MISMATCHED, FINE = "expired.localhost", "soon.localhost", "mismatch.localhost", "fine.localhost"


class CertificatesTest(SandboxTestCase):
    sandbox_args = dict(users=1, bots=0, https=True, muc=False, cert_hosts={
        EXPIRED: (-30, -2, [EXPIRED]),
        SOON: (-10, 2.5, [SOON]),  # half days: whole days left do not depend on when the test runs
        MISMATCHED: (-1, 60, ["other.example"]),
        FINE: (-1, 89.5, [FINE, "*." + FINE]),
    })

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        reply = cls.api.get("/certificates")
        assert reply.status == 200, reply
        cls.items = {(c["host"], c["service"]): c for c in reply.result["certificates"]}
        cls.now = reply.result["now"]

    def test_every_host_and_service(self):
        hosts = {self.domain, self.info["second_domain"], EXPIRED, SOON, MISMATCHED, FINE}
        self.assertEqual(set(self.items), {(h, s) for h in hosts for s in ("c2s", "s2s", "https")})
        self.assertLessEqual(abs(self.now - time.time()), 5)

    def test_expired(self):
        item = self.items[(EXPIRED, "c2s")]
        self.assertEqual((item["expired"], item["matches_host"], item["days_left"]), (True, True, -2))
        self.assertEqual(item["names"], ["DNS:" + EXPIRED])
        self.assertTrue(item["file"].endswith("/expired.localhost.crt"), item)

    def test_expiring_soon(self):
        item = self.items[(SOON, "s2s")]
        self.assertEqual((item["expired"], item["matches_host"], item["days_left"]), (False, True, 2))
        self.assertAlmostEqual(item["not_after"] - item["not_before"], 12.5 * 86400, delta=2)
        # --https: the sandbox's own certificate, valid for two days, for both demo hosts.
        own = self.items[(self.domain, "https")]
        # openssl's -days 2 from the second it ran: 1 whole day left, or 2 within that same second.
        whole_days = int((own["not_after"] - self.now) / 86400)
        self.assertIn(whole_days, (1, 2))
        self.assertEqual((own["expired"], own["matches_host"], own["days_left"]), (False, True, whole_days))
        self.assertEqual(own["subject"], "commonName=" + self.domain)
        self.assertEqual(own["issuer"], own["subject"])
        self.assertTrue(own["self_signed"])
        self.assertTrue(self.items[(self.info["second_domain"], "c2s")]["matches_host"])

    def test_mismatched(self):
        item = self.items[(MISMATCHED, "c2s")]
        self.assertEqual((item["expired"], item["matches_host"]), (False, False))
        self.assertEqual(item["names"], ["DNS:other.example"])
        fine = self.items[(FINE, "c2s")]
        self.assertEqual((fine["expired"], fine["matches_host"], fine["days_left"]), (False, True, 89))
        self.assertEqual(fine["names"], ["DNS:*.fine.localhost", "DNS:fine.localhost"])

    def test_one_host(self):
        reply = self.assertReply(self.api.get("/certificates?host=" + SOON), 200)
        self.assertEqual({c["host"] for c in reply.result["certificates"]}, {SOON})
        self.assertReply(self.api.get("/certificates?host=nowhere.example"), 404, "Host does not exist or is malformed")

    def test_rooms_unavailable_without_a_muc_component(self):
        self.assertReply(self.api.get("/rooms"), 404, "Invalid request path")
        extensions = self.api.get("/info").result["info"]["extensions"]
        self.assertNotIn("rooms", extensions)
        self.assertIn("certificates", extensions)


if __name__ == "__main__":
    unittest.main()
