#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""A real XMPP client for tests (slixmpp).

    python3 server/xmpp_bot.py --jid user@domain --password P --host 127.0.0.1 --port N [--resource R]
                               [--register-token TOKEN]

Logs in (plain TCP, no TLS, no DNS: it connects to --host:--port whatever the
JID's domain), sends presence and prints one JSON object per line on stdout,
flushed:

    {"event": "online", "jid": "<full jid>"}
    {"event": "message", "from": ..., "to": ..., "type": ..., "subject": ..., "body": ...}
    {"event": "disconnected", "reason": ..., "condition": ..., "text": ...}
                                                 (reason: the stream error's "condition: text" when the server
                                                 sent one; condition and text also apart, "" without one)
    {"event": "error", "text": ..., "condition": ...}
                                                 (authentication, registration or connection failure, with the
                                                 server's SASL or registration error condition; exit status 1)
    {"event": "registered", "jid": ...}          (with --register-token: the account was registered, or its
                                                 password reset, with an invitation's token; then it logs in)

--register-token registers the account before logging in, as Prosody's mod_invites_register
expects: the token in a XEP-0401 <preauth/> iq, then XEP-0077 in-band registration with the
JID's localpart and the password.

Offline messages delivered at login are reported like any other message (with
"delayed": true). It exits when stdin reaches EOF. Logs go to stderr.

Group chat (XEP-0045): each line on stdin may be a JSON command,

    {"cmd": "join", "room": "room@service", "nick": "n"}
    {"cmd": "leave", "room": "room@service", "nick": "n"}
    {"cmd": "send", "to": "jid", "body": "text", "type": "groupchat"|"chat"|…}

and every presence from a room is reported as

    {"event": "muc_presence", "from": "room@service/nick", "type": "available"|"unavailable",
     "affiliation": ..., "role": ..., "jid": real JID or "", "codes": [status codes],
     "reason": the item's reason or "", "destroy": {"reason": ..., "jid": alternate venue} or null}

sandbox.py reuses the Bot class to keep demo users online in its own process.
"""

import argparse
import asyncio
import json
import logging
import os
import sys
import socket
import threading
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

import slixmpp
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

log = logging.getLogger("xmpp_bot")


def _read_until(sock, parser, wanted):
    """Reads from sock into the XMLPullParser until an element named wanted ends -> that element"""
    while True:
        for _, element in parser.read_events():
            if element.tag == wanted:
                return element
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("stream closed")
        parser.feed(data)


def register_with_token(target, jid, password, token):
    """XEP-0401 then XEP-0077 on a stream of its own, before any login (slixmpp holds stanzas back
    until a session starts). -> None when registered | the error condition"""
    client = "{jabber:client}"
    with socket.create_connection(target, timeout=10) as sock:
        parser = ET.XMLPullParser(events=("end",))
        sock.sendall(("<?xml version='1.0'?><stream:stream to='%s' version='1.0' xmlns='jabber:client' "
                      "xmlns:stream='http://etherx.jabber.org/streams'>" % escape(jid.domain, {"'": "&apos;"})).encode())
        _read_until(sock, parser, "{http://etherx.jabber.org/streams}features")
        for iq_id, payload in (("preauth", "<preauth xmlns='urn:xmpp:pars:0' token='%s'/>" % escape(token, {"'": "&apos;"})),
                               ("register", "<query xmlns='jabber:iq:register'><username>%s</username>"
                                            "<password>%s</password></query>" % (escape(jid.user),
                                                                                 escape(password)))):
            sock.sendall(("<iq type='set' id='%s'>%s</iq>" % (iq_id, payload)).encode())
            reply = _read_until(sock, parser, client + "iq")
            if reply.get("type") != "result":
                error = reply.find(client + "error")
                conditions = [c.tag.split("}")[1] for c in (error if error is not None else [])
                              if c.tag.startswith("{urn:ietf:params:xml:ns:xmpp-stanzas}") and not c.tag.endswith("}text")]
                return conditions[0] if conditions else "error"
        sock.sendall(b"</stream:stream>")
    return None
MUC_USER = "{http://jabber.org/protocol/muc#user}"


def muc_presence_event(presence):
    """A presence stanza from a room -> the muc_presence event | None"""
    x = presence.xml.find(MUC_USER + "x")
    if x is None:
        return None
    item = x.find(MUC_USER + "item")
    destroy = x.find(MUC_USER + "destroy")
    reason = item.find(MUC_USER + "reason") if item is not None else None
    event = {"event": "muc_presence", "from": str(presence["from"]),
             "type": presence.xml.get("type") or "available",
             "affiliation": item.get("affiliation", "") if item is not None else "",
             "role": item.get("role", "") if item is not None else "",
             "jid": item.get("jid", "") if item is not None else "",
             "codes": sorted(int(s.get("code")) for s in x.findall(MUC_USER + "status") if s.get("code")),
             "reason": (reason.text or "") if reason is not None else "", "destroy": None}
    if destroy is not None:
        destroy_reason = destroy.find(MUC_USER + "reason")
        event["destroy"] = {"jid": destroy.get("jid", ""),
                            "reason": (destroy_reason.text or "") if destroy_reason is not None else ""}
    return event


class Bot(slixmpp.ClientXMPP):
    """One logged-in XMPP session; every event is handed to on_event(dict)."""

    def __init__(self, jid, password, host, port, on_event, resource=None, register_token=None):
        full = "%s/%s" % (jid, resource) if resource else jid
        super().__init__(full, password)
        self._target = (host, int(port))
        self._on_event = on_event
        self._stream_error = None
        self._stream_error_parts = ("", "")
        self._failed = False
        self._auth_condition = ""
        self._register_token = register_token
        self.online = asyncio.Event()
        self.finished = asyncio.Event()
        self["feature_mechanisms"].unencrypted_plain = True
        self.add_event_handler("session_start", self._session_start)
        self.add_event_handler("message", self._message)
        self.add_event_handler("stream_error", self._stream_error_received)
        self.add_event_handler("failed_auth", self._auth_failure)
        self.add_event_handler("failed_all_auth", self._auth_failed)
        self.add_event_handler("connection_failed", self._connection_failed)
        self.add_event_handler("disconnected", self._disconnected)
        self.register_handler(Callback("muc presence", MatchXPath("{jabber:client}presence"), self._presence))

    # Never resolve the JID's domain: always connect to the given address.
    async def get_dns_records(self, domain, port=None):
        return [(self._target[0], self._target[0], self._target[1])]

    def start(self):
        if self._register_token:
            condition = register_with_token(self._target, self.boundjid, self.password, self._register_token)
            if condition:
                self._failed = True
                self._on_event({"event": "error", "text": "registration failed for %s: %s" % (self.boundjid.bare,
                                                                                            condition),
                                "condition": condition})
                self.finished.set()
                return
            self._on_event({"event": "registered", "jid": self.boundjid.bare})
        self.connect(address=self._target, use_ssl=False, force_starttls=False, disable_starttls=True)

    async def _session_start(self, _event):
        self.send_presence()
        try:
            await self.get_roster(timeout=10)
        except Exception as exc:  # the roster is not needed for the events
            log.debug("roster request failed: %s", exc)
        self._on_event({"event": "online", "jid": str(self.boundjid)})
        self.online.set()

    def _message(self, msg):
        event = {
            "event": "message",
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "type": msg["type"],
            "subject": msg["subject"],
            "body": msg["body"],
        }
        if msg.xml.find("{urn:xmpp:delay}delay") is not None:
            event["delayed"] = True
        self._on_event(event)

    def _presence(self, presence):
        event = muc_presence_event(presence)
        if event:
            self._on_event(event)

    def command(self, cmd):
        """One command of stdin (see the module's documentation)."""
        if cmd.get("cmd") == "join":
            presence = self.make_presence(pto="%s/%s" % (cmd["room"], cmd["nick"]))
            presence.xml.append(ET.Element("{http://jabber.org/protocol/muc}x"))
            presence.send()
        elif cmd.get("cmd") == "leave":
            self.make_presence(pto="%s/%s" % (cmd["room"], cmd["nick"]), ptype="unavailable").send()
        elif cmd.get("cmd") == "send":
            self.send_message(mto=cmd["to"], mbody=cmd["body"], mtype=cmd.get("type", "chat"))
        else:
            self._on_event({"event": "error", "text": "unknown command: %r" % (cmd,)})

    def _stream_error_received(self, error):
        condition = error["condition"] or ""
        text = error["text"] or ""
        self._stream_error = (condition + (": " + text if text else "")).strip() or "stream error"
        self._stream_error_parts = (condition, text)

    def _auth_failure(self, failure):
        self._auth_condition = failure["condition"] or self._auth_condition

    def _auth_failed(self, _event=None):
        if not self._failed:
            self._failed = True
            self._on_event({"event": "error", "text": "authentication failed for %s" % self.boundjid.bare,
                            "condition": self._auth_condition})
        self.disconnect(wait=0)

    def _connection_failed(self, error=None):
        if not self._failed:
            self._failed = True
            self._on_event({"event": "error", "text": "connection failed: %s" % (error,)})
        self.finished.set()
        self.abort()

    def _disconnected(self, reason=None):
        if not self._failed:
            condition, text = self._stream_error_parts
            self._on_event({"event": "disconnected", "reason": self._stream_error or (str(reason) if reason else ""),
                            "condition": condition, "text": text})
        self.finished.set()

    @property
    def failed(self):
        return self._failed

    async def stop(self, timeout=5):
        if self.finished.is_set():
            return
        self.disconnect(wait=0)
        try:
            await asyncio.wait_for(self.finished.wait(), timeout)
        except asyncio.TimeoutError:
            self.abort()


def emit(event):
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--resource")
    parser.add_argument("--register-token", help="register the account with this invitation token first")
    parser.add_argument("--debug", action="store_true", help="slixmpp debug logging on stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if args.debug else logging.WARNING)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    bot = Bot(args.jid, args.password, args.host, args.port, emit, resource=args.resource,
              register_token=args.register_token)

    def stdin_watch():
        # os.read on the descriptor: a daemon thread blocked in sys.stdin's buffered
        # reader would abort the interpreter at exit. Each complete line is a command.
        pending = b""
        try:
            while True:
                chunk = os.read(0, 4096)
                if not chunk:
                    break
                pending += chunk
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    if line.strip():
                        cmd = json.loads(line)
                        loop.call_soon_threadsafe(bot.command, cmd)
        except OSError:
            pass
        loop.call_soon_threadsafe(lambda: asyncio.ensure_future(bot.stop()))

    threading.Thread(target=stdin_watch, daemon=True).start()
    bot.start()
    loop.run_until_complete(bot.finished.wait())
    loop.run_until_complete(asyncio.sleep(0))
    return 1 if bot.failed else 0


if __name__ == "__main__":
    sys.exit(main())
