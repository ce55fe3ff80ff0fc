# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Server-to-server connections (GET /s2s, DELETE /s2s/<id>) between two real Prosody sandboxes
federated over loopback: east.localhost in one, west.localhost in the other, each reaching the
other's s2s port on 127.0.0.1 without DNS (server/sandbox_modules/mod_sandbox_s2s_routes.lua), over
TLS. East's certificate is signed by a CA west trusts, so east → west is authenticated by
certificate (SASL EXTERNAL); west's is self-signed, so west → east falls back to dialback.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_federation
"""

import os
import shutil
import tempfile
import time
import unittest

from harness import Api, BotProcess, Sandbox, free_port
from sandbox_certs import make_certificate

EAST, WEST = "east.localhost", "west.localhost"


class FederationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        east_port, west_port = free_port(), free_port()
        cls.ca_dir = tempfile.mkdtemp(prefix="federation-ca-")
        ca = make_certificate(os.path.join(cls.ca_dir, "ca"), "Federation test CA", -1, 30, [], ca=True)
        cls.east = Sandbox(users=1, bots=0, muc=False, s2s_domain=EAST, s2s_port=east_port,
                           s2s_peers={WEST: west_port}, s2s_ca=ca)
        cls.west = Sandbox(users=1, bots=0, muc=False, s2s_domain=WEST, s2s_port=west_port,
                           s2s_peers={EAST: east_port}, trusted_ca=ca[0])
        try:
            cls.east_info = cls.east.start()
            cls.west_info = cls.west.start()
        except BaseException:
            cls.tearDownClass()
            raise
        cls.east_api = Api(cls.east_info["url"], cls.east_info["jid"], cls.east_info["password"])
        cls.west_api = Api(cls.west_info["url"], cls.west_info["jid"], cls.west_info["password"])

    @classmethod
    def tearDownClass(cls):
        cls.west.stop()
        cls.east.stop()
        shutil.rmtree(cls.ca_dir, ignore_errors=True)

    def setUp(self):
        self.bots = []

    def tearDown(self):
        for bot in self.bots:
            bot.stop()

    def bot(self, info, api, jid):
        self.assertIn(api.post("/user/" + jid, {"password": "Pw-fed"}).status, (200, 201))
        bot = BotProcess(info, jid, password="Pw-fed")
        self.bots.append(bot)
        self.assertEqual(bot.wait_online()["event"], "online")
        return bot

    def connections(self, api, **match):
        reply = api.get("/s2s")
        self.assertEqual(reply.status, 200, reply)
        return [c for c in reply.result["connections"] if all(c.get(k) == v for k, v in match.items())]

    def wait_until(self, condition, what, timeout=15):
        deadline = time.monotonic() + timeout
        while not condition():
            self.assertLess(time.monotonic(), deadline, what)
            time.sleep(0.05)

    def test_a_message_crosses_and_the_connection_shows_on_both_sides(self):
        self.assertEqual(self.connections(self.east_api), [])
        ann = self.bot(self.east_info, self.east_api, "ann@" + EAST)
        ben = self.bot(self.west_info, self.west_api, "ben@" + WEST)
        started = int(time.time())
        ann.command(cmd="send", to="ben@" + WEST, body="hello west", type="chat")
        got = ben.wait_for(lambda e: e["event"] == "message" and e["body"] == "hello west")
        self.assertEqual(got["from"].split("/")[0], "ann@" + EAST)
        out = self.connections(self.east_api, direction="outgoing", remote=WEST, authenticated=True)
        self.assertEqual(len(out), 1, self.connections(self.east_api))
        self.assertEqual(out[0], dict(out[0], **{"local": EAST, "secure": True, "auth": "certificate"}))
        self.assertGreaterEqual(out[0]["since"], started - 1)
        incoming = self.connections(self.west_api, direction="incoming", remote=EAST, authenticated=True)
        self.assertEqual(len(incoming), 1, self.connections(self.west_api))
        self.assertEqual(incoming[0], dict(incoming[0], **{"local": WEST, "secure": True, "auth": "certificate",
                                                           "certificate": {"chain": "valid", "identity": "valid"}}))
        # Closing it on the east side: gone from both.
        reply = self.east_api.delete("/s2s/" + out[0]["id"], {"reason": "Maintenance"})
        self.assertEqual((reply.status, reply.result), (200, "Connection closed: " + out[0]["id"]))
        self.wait_until(lambda: not self.connections(self.east_api, id=out[0]["id"]), "still listed on east")
        self.wait_until(lambda: not self.connections(self.west_api, id=incoming[0]["id"]), "still listed on west")
        self.assertEqual(self.east_api.delete("/s2s/" + out[0]["id"]).status, 404)
        # A host's administrator sees only its own host's connections.
        ben.command(cmd="send", to="ann@" + EAST, body="hello east", type="chat")
        ann.wait_for(lambda e: e["event"] == "message" and e["body"] == "hello east")
        back = self.connections(self.west_api, direction="outgoing", remote=EAST, authenticated=True)
        self.assertEqual([(c["secure"], c["auth"]) for c in back], [(True, "dialback")])  # west's is self-signed
        into_east = self.connections(self.east_api, direction="incoming", remote=WEST, authenticated=True)
        self.assertEqual([(c["secure"], c["auth"]) for c in into_east], [(True, "dialback")])
        self.assertEqual(self.connections(self.east_api, **{"local": self.east_info["domain"]}), [])
        reply = self.east_api.get("/s2s?host=" + EAST)
        self.assertEqual({c["local"] for c in reply.result["connections"]}, {EAST})


if __name__ == "__main__":
    unittest.main()
