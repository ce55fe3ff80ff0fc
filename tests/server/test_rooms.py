# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Group chat rooms (GET/POST/PUT/DELETE /rooms) on the sandbox's real MUC component
(conference.sandbox.localhost), with real XMPP clients joined to the rooms (XEP-0045).

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_rooms
"""

import time
import unittest

from harness import SandboxTestCase

SERVICE = "conference.sandbox.localhost"


def room(name):
    return "%s@%s" % (name, SERVICE)


def is_self_presence(room_jid, nick, **fields):
    def match(e):
        return (e["event"] == "muc_presence" and e["from"] == "%s/%s" % (room_jid, nick) and 110 in e["codes"]
                and all(e.get(k) == v for k, v in fields.items()))
    return match


class RoomsTest(SandboxTestCase):
    # conference.sandbox.localhost archives messages (mod_muc_mam); conference.second.localhost keeps
    # only its in-memory history.
    sandbox_args = dict(users=7, bots=0, muc_mam=True)

    def setUp(self):
        super().setUp()
        self.users = self.info["users"]

    def joined(self, user, room_jid, nick):
        """A bot of user, in room_jid as nick (the room is created if it does not exist)."""
        bot = self.bot(user)
        bot.command(cmd="join", room=room_jid, nick=nick)
        bot.wait_for(is_self_presence(room_jid, nick))
        return bot

    def listing(self, **query):
        path = "/rooms" + ("?" + "&".join("%s=%s" % kv for kv in query.items()) if query else "")
        reply = self.assertReply(self.api.get(path), 200)
        return {r["jid"]: r for r in reply.result["rooms"]}

    def create(self, node, **settings):
        self.assertReply(self.api.post("/rooms/" + room(node), settings), 201, "Room created: " + room(node))

    def test_listing_matches_what_the_bots_did(self):
        self.create("quiet", name="Quiet room", members_only=True, password="secret", public=False)
        first, second = self.users[0], self.users[1]
        a = self.joined(first, room("chatter"), "Ann")
        self.joined(second, room("chatter"), "Bob")
        before = int(time.time())
        a.command(cmd="send", to=room("chatter"), body="hello room", type="groupchat")
        a.wait_for(lambda e: e["event"] == "message" and e["body"] == "hello room" and e["type"] == "groupchat")
        # A room of the second host's service, which keeps no archive: its in-memory history says.
        elsewhere = "talk@conference." + self.info["second_domain"]
        c = self.joined(self.users[2], elsewhere, "Cid")
        c.command(cmd="send", to=elsewhere, body="hello there", type="groupchat")
        c.wait_for(lambda e: e["event"] == "message" and e["body"] == "hello there")
        rooms = self.listing()
        chatter, quiet = rooms[room("chatter")], rooms[room("quiet")]
        self.assertEqual(chatter["last_message_source"], "mam")
        self.assertEqual(rooms[elsewhere]["last_message_source"], "history")
        self.assertGreaterEqual(rooms[elsewhere]["last_message"], before)
        self.assertEqual(chatter["occupants"], 2)
        self.assertFalse(chatter["persistent"])  # made by joining: Prosody's default, a temporary room
        self.assertGreaterEqual(chatter["last_message"], before)
        self.assertLessEqual(chatter["last_message"], int(time.time()))
        self.assertEqual(quiet, dict(quiet, occupants=0, last_message=None, name="Quiet room", persistent=True,
                                     public=False, members_only=True, password_protected=True))
        self.assertGreaterEqual(quiet["created"], before - 60)
        details = self.assertReply(self.api.get("/rooms/" + room("chatter")), 200).result["room"]
        occupants = {o["nick"]: o for o in details["occupant_list"]}
        self.assertEqual(sorted(occupants), ["Ann", "Bob"])
        self.assertEqual(occupants["Ann"]["jid"].split("/")[0], "%s@%s" % (first, self.domain))
        self.assertEqual((occupants["Ann"]["role"], occupants["Ann"]["affiliation"]), ("moderator", "owner"))
        self.assertEqual((occupants["Bob"]["role"], occupants["Bob"]["affiliation"]), ("participant", "none"))
        self.assertEqual(details["affiliations"], [{"jid": "%s@%s" % (first, self.domain), "affiliation": "owner"}])
        # The users pane: the rooms a user is in now.
        self.assertEqual(list(self.listing(occupant=second)), [room("chatter")])
        self.assertEqual(list(self.listing(occupant=self.users[2])), [elsewhere])
        self.assertEqual(list(self.listing(occupant=self.users[6])), [])  # in no room

    def test_destroying_a_room_removes_its_occupants_with_the_reason(self):
        bot = self.joined(self.users[2], room("doomed"), "Cid")
        reply = self.api.delete("/rooms/" + room("doomed"), {"reason": "Moving on", "alternate": room("elsewhere")})
        self.assertReply(reply, 200, "Room destroyed: " + room("doomed"))
        gone = bot.wait_for(lambda e: e["event"] == "muc_presence" and e["type"] == "unavailable"
                            and e["destroy"] is not None)
        self.assertEqual(gone["destroy"], {"reason": "Moving on", "jid": room("elsewhere")})
        self.assertNotIn(room("doomed"), self.listing())
        self.assertReply(self.api.get("/rooms/" + room("doomed")), 404, "Room does not exist: " + room("doomed"))
        self.assertReply(self.api.delete("/rooms/" + room("doomed")), 404)

    def test_destroying_a_list_destroys_only_those(self):
        for name in ("old1", "old2", "kept"):
            self.create(name)
        bot = self.joined(self.users[3], room("busy"), "Dan")
        # What a cleanup previews: the empty rooms without messages.
        rooms = self.listing()
        preview = sorted(j for j, r in rooms.items() if r["occupants"] == 0 and r["last_message"] is None
                         and j in (room("old1"), room("old2"), room("busy")))
        self.assertEqual(preview, [room("old1"), room("old2")])
        reply = self.api.delete("/rooms", {"rooms": preview + [room("never")], "reason": "Cleanup"})
        self.assertReply(reply, 200, {"destroyed": preview, "missing": [room("never")], "count": 2})
        after = self.listing()
        self.assertEqual([j for j in preview if j in after], [])
        self.assertIn(room("kept"), after)
        self.assertEqual(after[room("busy")]["occupants"], 1)
        self.assertFalse([e for e in bot.seen if e["event"] == "muc_presence" and e["type"] == "unavailable"])

    def test_affiliation_changes_reach_the_occupants(self):
        user = self.users[4]
        owner = self.joined(self.users[5], room("club"), "Owner")
        bot = self.joined(user, room("club"), "Eve")
        user_jid = "%s@%s" % (user, self.domain)
        path = "/rooms/%s/affiliations/%s" % (room("club"), user_jid)
        self.assertReply(self.api.put(path, {"affiliation": "admin"}), 200,
                         "Affiliation changed: %s is admin of %s" % (user_jid, room("club")))
        bot.wait_for(is_self_presence(room("club"), "Eve", affiliation="admin", role="moderator"))
        owner.wait_for(lambda e: e["event"] == "muc_presence" and e["from"] == room("club") + "/Eve"
                       and e["affiliation"] == "admin")
        details = self.api.get("/rooms/" + room("club")).result["room"]
        self.assertIn({"jid": user_jid, "affiliation": "admin"}, details["affiliations"])
        self.assertReply(self.api.put(path, {"affiliation": "outcast", "reason": "Behave"}), 200)
        banned = bot.wait_for(lambda e: e["event"] == "muc_presence" and e["type"] == "unavailable"
                              and 301 in e["codes"])
        self.assertEqual(banned["reason"], "Behave")
        self.assertEqual(self.listing()[room("club")]["occupants"], 1)

    def test_listing_is_paged(self):
        names = ["page-%02d" % i for i in range(7)]
        for node in names:
            self.create(node)
        everything = self.assertReply(self.api.get("/rooms"), 200).result
        self.assertEqual((everything["offset"], everything["limit"]), (0, 1000))
        self.assertEqual(everything["count"], everything["total"])
        jids = [r["jid"] for r in everything["rooms"]]
        self.assertEqual(jids, sorted(jids))
        self.assertTrue({room(n) for n in names} <= set(jids), jids)
        paged = []
        for offset in range(0, everything["total"], 3):
            page = self.assertReply(self.api.get("/rooms?offset=%d&limit=3" % offset), 200).result
            self.assertEqual((page["offset"], page["limit"], page["total"]), (offset, 3, everything["total"]))
            self.assertEqual(page["count"], len(page["rooms"]))
            self.assertLessEqual(page["count"], 3)
            paged += [r["jid"] for r in page["rooms"]]
        self.assertEqual(paged, jids)
        past = self.assertReply(self.api.get("/rooms?offset=%d" % everything["total"]), 200).result
        self.assertEqual((past["rooms"], past["count"], past["total"]), ([], 0, everything["total"]))
        self.assertEqual(self.assertReply(self.api.get("/rooms?limit=100000"), 200).result["limit"], 5000)
        for bad in ("offset=-1", "limit=0", "limit=2.5", "offset=x"):
            self.assertReply(self.api.get("/rooms?" + bad), 400, "Invalid offset or limit")

    def test_refusals(self):
        self.create("taken")
        self.assertReply(self.api.post("/rooms/" + room("taken")), 409, "Room exists: " + room("taken"))
        self.assertReply(self.api.post("/rooms/" + room("bad"), {"persistent": "yes"}), 400,
                         "Invalid persistent: must be a boolean")
        self.assertReply(self.api.put("/rooms/%s/affiliations/x@%s" % (room("taken"), self.domain),
                                      {"affiliation": "king"}), 400,
                         "Invalid affiliation: must be owner, admin, member, outcast or none")
        self.assertReply(self.api.put("/rooms/%s/affiliations/x@%s" % (room("nope"), self.domain),
                                      {"affiliation": "member"}), 404, "Room does not exist: " + room("nope"))
        self.assertReply(self.api.get("/rooms/lobby@" + self.domain), 404,
                         "Not a group chat service: " + self.domain)
        self.assertReply(self.api.get("/rooms/" + SERVICE), 404, "Room does not exist or is malformed")
        self.assertReply(self.api.delete("/rooms", {"rooms": []}), 400, "Body must list the rooms")
        self.assertReply(self.api.get("/rooms?host=nowhere.example"), 404, "Host does not exist or is malformed")
        info = self.api.get("/info").result["info"]
        self.assertTrue({"rooms", "federation", "certificates"} <= set(info["extensions"]), info["extensions"])


if __name__ == "__main__":
    unittest.main()
