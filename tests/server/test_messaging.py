# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Messages from the host to its users and kicks: POST /message/<u>, POST /message
(multicast), POST /broadcast, POST /announce, DELETE /sessions/<u>, message types and
subjects, as real XMPP clients receive them.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_messaging
"""

import unittest

from harness import OursTestCase, is_disconnected, is_message


class MessagingTest(OursTestCase):
    """Messages, announcements and kicks."""

    def test_message_to_online_user(self):
        self.create_user("msgon")
        bot = self.bot("msgon", password="Pw-12345")
        jid = "msgon@" + self.domain
        self.assertReply(self.api.post("/message/msgon", {"message": "Hello there"}), 200, "Message sent to user: " + jid)
        event = bot.wait_for(is_message("[msg] Hello there"))
        self.assertEqual(event["from"], self.domain)
        self.assertTrue(event["to"].startswith(jid))
        self.assertReply(self.api.post("/message/msgon", {}), 400, "Body does not exist or is malformed")
        self.assertReply(self.api.post("/message/nobody", {"message": "x"}), 404, "User does not exist or is malformed")

    def test_offline_message_is_queued_and_delivered_at_login(self):
        self.create_user("msgoff")
        jid = "msgoff@" + self.domain
        self.assertReply(self.api.post("/message/msgoff", {"message": "While you were out"}), 202,
                         "Message sent to offline queue: " + jid)
        bot = self.bot("msgoff", password="Pw-12345")
        event = bot.wait_for(is_message("[msg] While you were out"))
        self.assertEqual(event["from"], self.domain)
        self.assertTrue(event.get("delayed"))

    def test_multicast(self):
        for name in ("mc1", "mc2", "mc3"):
            self.create_user(name)
        bot1 = self.bot("mc1", password="Pw-12345")
        bot2 = self.bot("mc2", password="Pw-12345")
        body = {"recipients": [
            {"to": "mc1", "message": "Multicast one"},
            {"to": "mc2@" + self.domain, "message": "Multicast two"},
            {"to": "mc3", "message": "Multicast three"},
            {"to": "nobody", "message": "lost"},
        ]}
        self.assertReply(self.api.post("/message", body), 200, "Message multicasted to users: 2/1")
        self.assertEqual(bot1.wait_for(is_message("[mc] Multicast one"))["from"], self.domain)
        self.assertEqual(bot2.wait_for(is_message("[mc] Multicast two"))["from"], self.domain)
        bot3 = self.bot("mc3", password="Pw-12345")
        self.assertEqual(bot3.wait_for(is_message("[mc] Multicast three"))["from"], self.domain)
        self.assertReply(self.api.post("/message", {"recipients": [{"to": "nobody", "message": "x"}]}),
                         404, "No multicast recipients")
        self.assertReply(self.api.post("/message", {"recipients": []}), 404, "No multicast recipients")

    def test_broadcast_reaches_every_online_user(self):
        self.create_user("bcast")
        bot = self.bot("bcast", password="Pw-12345")
        online = self.api.get("/users/count").result["count"]
        self.assertEqual(online, len(self.info["bots"]) + 1)
        self.assertReply(self.api.post("/broadcast", {"message": "Maintenance at noon"}), 200, {"count": online})
        event = bot.wait_for(is_message("[all] Maintenance at noon"))
        self.assertEqual(event["from"], self.domain)

    def test_kick_every_session_of_a_user_with_a_reason(self):
        self.create_user("kicked")
        jid = "kicked@" + self.domain
        laptop = self.bot("kicked", password="Pw-12345", resource="laptop")
        phone = self.bot("kicked", password="Pw-12345", resource="phone")
        self.assertReply(self.api.delete("/sessions/kicked", {"reason": 17}), 400, "Invalid reason: must be a string")
        self.assertReply(self.api.delete("/sessions/kicked", {"reason": "Spam reported by three users"}), 200,
                         {"closed": 2})
        for bot in (laptop, phone):
            event = bot.wait_for(is_disconnected)
            self.assertEqual(event["condition"], "policy-violation")
            self.assertEqual(event["text"], "Spam reported by three users")
            self.assertEqual(bot.stop(), 0)
        self.assertReply(self.api.get("/user/kicked/connected"), 404, {"connected": False})
        self.assertReply(self.api.delete("/sessions/kicked"), 404, "User is not connected: " + jid)
        self.assertReply(self.api.delete("/sessions/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.delete("/sessions"), 404, "Invalid request path")
        self.assertReply(self.api.get("/sessions/kicked"), 405, "Invalid request method")

    def test_kick_one_session_with_the_default_reason(self):
        self.create_user("kickone")
        jid = "kickone@" + self.domain
        laptop = self.bot("kickone", password="Pw-12345", resource="laptop")
        phone = self.bot("kickone", password="Pw-12345", resource="phone")
        self.assertReply(self.api.delete("/sessions/kickone/tablet"), 404, "Session does not exist: %s/tablet" % jid)
        self.assertReply(self.api.delete("/sessions/%s/laptop" % jid), 200, {"closed": 1})
        event = laptop.wait_for(is_disconnected)
        self.assertEqual((event["condition"], event["text"]),
                         ("policy-violation", "Disconnected by the server administrator"))
        sessions = self.api.get("/user/kickone").result["user"]["sessions"]
        self.assertEqual([s["resource"] for s in sessions], ["phone"])
        self.api.post("/message/kickone", {"message": "still here?"})
        self.assertTrue(phone.wait_for(is_message("[msg] still here?"))["to"].startswith(jid))

    def test_message_type_and_subject_arrive_as_sent(self):
        self.create_user("typed")
        bot = self.bot("typed", password="Pw-12345")
        self.api.post("/message/typed", {"message": "plain"})
        event = bot.wait_for(is_message("[msg] plain"))
        self.assertEqual((event["type"], event["subject"]), ("normal", ""))  # the published versions' default
        for kind in ("chat", "normal", "headline"):
            self.assertReply(self.api.post("/message/typed", {"message": kind, "type": kind, "subject": "S " + kind}),
                             200, "Message sent to user: typed@" + self.domain)
            event = bot.wait_for(is_message("[msg] " + kind))
            self.assertEqual((event["type"], event["subject"]), (kind, "S " + kind))
        body = {"recipients": [{"to": "typed", "message": "mc"}], "type": "chat", "subject": "Multi"}
        self.assertReply(self.api.post("/message", body), 200, "Message multicasted to users: 1/0")
        event = bot.wait_for(is_message("[mc] mc"))
        self.assertEqual((event["type"], event["subject"]), ("chat", "Multi"))
        self.assertReply(self.api.post("/broadcast", {"message": "bc", "type": "headline", "subject": "Everyone"}), 200)
        event = bot.wait_for(is_message("[all] bc"))
        self.assertEqual((event["type"], event["subject"]), ("headline", "Everyone"))
        invalid = "Invalid message type: must be chat, normal or headline"
        self.assertReply(self.api.post("/message/typed", {"message": "x", "type": "groupchat"}), 400, invalid)
        self.assertReply(self.api.post("/message", dict(body, type="error")), 400, invalid)
        self.assertReply(self.api.post("/broadcast", {"message": "x", "type": 3}), 400, invalid)
        self.assertReply(self.api.post("/announce", {"message": "x", "type": "Chat"}), 400, invalid)
        self.assertReply(self.api.post("/message/typed", {"message": "x", "subject": ["a"]}), 400,
                         "Invalid message subject: must be a string")

    def test_typed_message_to_an_offline_user(self):
        self.create_user("typedoff")
        self.assertReply(self.api.post("/message/typedoff", {"message": "news", "type": "headline"}), 501,
                         "Message dropped: headline messages are not stored offline")
        self.assertReply(self.api.post("/message/typedoff", {"message": "later", "type": "chat", "subject": "Hi"}),
                         202, "Message sent to offline queue: typedoff@" + self.domain)
        bot = self.bot("typedoff", password="Pw-12345")
        event = bot.wait_for(is_message("[msg] later"))
        self.assertEqual((event["type"], event["subject"], event.get("delayed")), ("chat", "Hi", True))
        self.assertEqual([e["body"] for e in bot.seen if e["event"] == "message"], ["[msg] later"])

    def test_announce_reaches_online_users_now_and_offline_users_at_login(self):
        self.create_user("annoff")
        self.create_user("annon")
        online_bot = self.bot("annon", password="Pw-12345")
        registered = self.api.get("/registered-users?limit=1").result["total"]
        online = self.api.get("/users/count").result["count"]
        body = {"message": "Upgrade tonight at 22:00", "subject": "Maintenance"}
        self.assertReply(self.api.post("/announce", body), 200,
                         {"count": registered, "sent": online, "queued": registered - online, "dropped": 0,
                          "failed": 0})
        event = online_bot.wait_for(is_message(body["message"]))
        self.assertEqual((event["from"], event["type"], event["subject"]), (self.domain, "normal", "Maintenance"))
        self.assertNotIn("delayed", event)
        offline_bot = self.bot("annoff", password="Pw-12345")
        event = offline_bot.wait_for(is_message(body["message"]))
        self.assertEqual((event["subject"], event.get("delayed")), ("Maintenance", True))
        # Headlines are not stored offline: only the online users get them.
        r = self.assertReply(self.api.post("/announce", {"message": "Flash", "type": "headline"}), 200).result
        self.assertEqual((r["sent"], r["queued"], r["dropped"]), (online + 1, 0, registered - online - 1))
        self.assertEqual(offline_bot.wait_for(is_message("Flash"))["type"], "headline")
        self.assertReply(self.api.post("/announce", {"subject": "no message"}), 400,
                         "Body does not exist or is malformed")
        self.assertReply(self.api.get("/announce"), 405, "Invalid request method")


if __name__ == "__main__":
    unittest.main()
