# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Groups in the module's own store: PUT|DELETE /groups[/<id>[/members/<u>]], POST
/groups/<id>/sync, GET /groups[/<id>], and the roster items they make. Groups handed to
mod_groups_internal are in test_options.py.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_groups
"""

import unittest

from harness import OursTestCase


class GroupsTest(OursTestCase):
    """Group routes and the contacts groups make."""

    def test_groups_list_and_detail(self):
        r = self.assertReply(self.api.get("/groups"), 200).result
        listed = {g["id"]: g for g in r["groups"]}
        self.assertEqual(r["count"], len(r["groups"]))
        for group in self.info["groups"]:
            self.assertEqual(listed[group["id"]], {"id": group["id"], "name": group["name"],
                                                   "count": len(group["members"])})
            detail = self.assertReply(self.api.get("/groups/" + group["id"]), 200).result["group"]
            self.assertEqual(detail, {"id": group["id"], "name": group["name"], "members": sorted(group["members"])})
        self.assertReply(self.api.get("/groups/no-such-group"), 404, "group-not-found")

    def test_group_lifecycle_makes_members_mutual_contacts(self):
        a, b, c = "grpa", "grpb", "grpc"
        for name in (a, b, c):
            self.create_user(name)
        ja, jb, jc = ("%s@%s" % (n, self.domain) for n in (a, b, c))
        created = self.assertReply(self.api.put("/groups", {"name": "Night shift"}), 200).result
        generated = created["group_id"]
        self.assertTrue(generated)
        self.assertReply(self.api.put("/groups/nights", {"name": "Nights", "create_default_muc": False}), 200,
                         {"group_id": "nights"})
        self.assertReply(self.api.put("/groups/nights", {"name": "Nights"}), 409, "conflict")
        self.assertReply(self.api.put("/groups", {"group_id": "ignored"}), 400, "Body must contain a `name` key")
        self.assertReply(self.api.put("/groups/nights/members/" + a), 200,
                         "Member '%s' successfully added to group 'nights'." % a)
        self.assertReply(self.api.put("/groups/nights/members/" + jb, {"delay_update": False}), 200)
        self.assertReply(self.api.put("/groups/nights/members/" + c), 200)
        self.assertEqual(self.roster_jids(a)[jb]["group"], ["Nights"])
        self.assertEqual(self.roster_jids(a)[jb]["subscription"], "both")
        self.assertEqual(self.roster_jids(b)[ja]["group"], ["Nights"])
        self.assertEqual(set(self.roster_jids(c)), {ja, jb})
        self.assertReply(self.api.get("/groups/nights"), 200,
                         {"group": {"id": "nights", "name": "Nights", "members": sorted([a, b, c])}})
        listed = {g["id"]: g["count"] for g in self.api.get("/groups").result["groups"]}
        self.assertEqual(listed["nights"], 3)
        self.assertEqual(listed[generated], 0)
        self.assertReply(self.api.delete("/groups/nights/members/" + c), 200,
                         "Member '%s' successfully removed from group 'nights'." % c)
        self.assertEqual(self.roster_jids(c), {})
        self.assertNotIn(jc, self.roster_jids(a))
        self.assertIn(jb, self.roster_jids(a))
        self.assertReply(self.api.post("/groups/nights/sync"), 200)
        self.assertReply(self.api.put("/groups/nope/members/" + a), 404, "group-not-found")
        self.assertReply(self.api.put("/groups/nights/members/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.delete("/groups/nights"), 200, "Group 'nights' deleted successfully.")
        self.assertEqual(self.roster_jids(a), {})
        self.assertEqual(self.roster_jids(b), {})
        self.assertReply(self.api.get("/groups/nights"), 404, "group-not-found")
        self.assertReply(self.api.delete("/groups/" + generated), 200)
        self.assertReply(self.api.delete("/groups"), 404, "Invalid request path")

    def test_group_names_survive_json_escapes(self):
        name = "Zo\u00eb \u2603 \"quoted\" / back\\slash"
        self.assertReply(self.api.put("/groups/uni", {"name": name}), 200, {"group_id": "uni"})
        self.assertEqual(self.api.get("/groups/uni").result["group"]["name"], name)
        self.assertReply(self.api.delete("/groups/uni"), 200)

    def test_group_keeps_contacts_that_existed_before(self):
        a, b = "keepa", "keepb"
        self.create_user(a)
        self.create_user(b)
        jb = "%s@%s" % (b, self.domain)
        self.api.post("/roster/" + a, {"contact": jb})
        self.assertReply(self.api.put("/groups/keepers", {"name": "Keepers"}), 200)
        self.api.put("/groups/keepers/members/" + a)
        self.api.put("/groups/keepers/members/" + b)
        self.assertEqual(self.roster_jids(a)[jb]["group"], ["Keepers"])
        self.assertReply(self.api.delete("/groups/keepers/members/" + b), 200)
        self.assertEqual(self.roster_jids(a)[jb]["group"], [])
        self.assertReply(self.api.delete("/groups/keepers"), 200)


if __name__ == "__main__":
    unittest.main()
