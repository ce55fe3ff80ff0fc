# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""vCards: GET|PUT|DELETE /vcards/<u>.

Run: cd tests/server && /usr/bin/python3 -m unittest -v test_vcards
"""

import unittest

from harness import OursTestCase


class VcardsTest(OursTestCase):
    """vCards as raw text."""

    def test_vcards(self):
        card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Heidi {the} Tester\r\nEND:VCARD\r\n"
        jid = "heidi@" + self.domain
        self.assertReply(self.api.get("/vcards/heidi"), 404, "The user <%s> has no vCard configured." % jid)
        self.assertReply(self.api.put("/vcards/heidi", raw=card, content_type="text/vcard"), 200,
                         "vCard stored for <%s>" % jid)
        r = self.api.get("/vcards/heidi")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.content_type, "text/vcard")
        self.assertEqual(r.raw, card)
        self.assertReply(self.api.delete("/vcards/heidi"), 200, "vCard deleted for <%s>" % jid)
        self.assertReply(self.api.get("/vcards/heidi"), 404)
        self.assertReply(self.api.get("/vcards/nobody"), 404, "User does not exist: nobody@" + self.domain)
        self.assertReply(self.api.put("/vcards/heidi"), 400, "Body does not exist or is malformed")


if __name__ == "__main__":
    unittest.main()
