# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Rosters: GET|POST|DELETE /roster/<u>. The roster items groups make are in test_groups.py.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_rosters
"""

import unittest

from harness import OursTestCase


class RostersTest(OursTestCase):
    """Roster routes."""

    def test_roster_get(self):
        r = self.assertReply(self.api.get("/roster/alice"), 200).result
        self.assertEqual(r["count"], len(r["roster"]))
        kind, item = r["roster"][0]
        self.assertEqual(kind, "item")
        self.assertEqual(set(item) - {"ask", "name"}, {"jid", "subscription", "group"})
        staff = self.roster_jids("alice")["bob@" + self.domain]
        self.assertEqual(staff["group"], ["Staff"])
        self.assertEqual(staff["subscription"], "both")
        self.assertReply(self.api.get("/roster/nobody"), 404, "User does not exist: nobody@" + self.domain)

    def test_roster_add_and_remove_is_mutual(self):
        a, b = "rosa1", "rosa2"
        self.create_user(a)
        self.create_user(b)
        ja, jb = "%s@%s" % (a, self.domain), "%s@%s" % (b, self.domain)
        self.assertIn('"roster":[]', self.api.get("/roster/" + a).raw)
        self.assertReply(self.api.post("/roster/" + a, {"contact": jb}), 200, "Roster registered: %s and %s" % (ja, jb))
        self.assertEqual(self.roster_jids(a)[jb]["subscription"], "both")
        self.assertEqual(self.roster_jids(b)[ja]["subscription"], "both")
        self.assertReply(self.api.delete("/roster/" + a, {"contact": jb}), 200, "Roster deleted: %s and %s" % (ja, jb))
        self.assertEqual(self.roster_jids(a), {})
        self.assertEqual(self.roster_jids(b), {})
        self.assertReply(self.api.post("/roster/" + a, {}), 404, "Contact does not exist or is malformed")
        self.assertReply(self.api.post("/roster/" + a, {"contact": "@@"}), 404, "Contact does not exist or is malformed")
        self.assertReply(self.api.post("/roster/nobody", {"contact": jb}), 404,
                         "User does not exist: nobody@" + self.domain)


if __name__ == "__main__":
    unittest.main()
