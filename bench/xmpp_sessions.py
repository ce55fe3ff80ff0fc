#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Keeps many XMPP c2s sessions online with as little client code as possible (raw sockets,
asyncio, SASL PLAIN on the sandbox's loopback, bind, presence), for measuring broadcast and
multicast to many online sessions. slixmpp bots are too heavy for a thousand.

    xmpp_sessions.py --host 127.0.0.1 --port P --domain D --password PW user1 user2 ...

Prints {"online": N, "seconds": S} once every session is online (or could not log in). Then reads
commands on stdin: "expect K" resets the count of received messages, prints {"armed": K} at once
and {"received": K, "seconds": S} once K messages have arrived (or {"received": k, "timeout": true}
after 60 s). EOF on stdin closes every session.
"""
import argparse
import asyncio
import base64
import json
import sys
import time


class Session:
    def __init__(self, owner, user):
        self.owner = owner
        self.user = user
        self.reader = self.writer = None
        self.tail = b""

    async def _read_until(self, marker):
        data = b""
        while marker not in data:
            chunk = await self.reader.read(65536)
            if not chunk:
                raise ConnectionError("closed while waiting for %r" % marker)
            data += chunk
            if b"<failure" in data or b"type='error'" in data or b'type="error"' in data:
                raise ConnectionError("refused: %r" % data[-300:])
        return data

    def _stream_header(self):
        return ("<?xml version='1.0'?><stream:stream to='%s' xmlns='jabber:client' "
                "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>" % self.owner.domain).encode()

    async def login(self):
        o = self.owner
        self.reader, self.writer = await asyncio.open_connection(o.host, o.port)
        self.writer.write(self._stream_header())
        await self._read_until(b"</stream:features>")
        token = base64.b64encode(b"\0" + self.user.encode() + b"\0" + o.password.encode()).decode()
        self.writer.write(("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>" % token).encode())
        await self._read_until(b"<success")
        self.writer.write(self._stream_header())
        await self._read_until(b"</stream:features>")
        self.writer.write(b"<iq type='set' id='b'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                          b"<resource>bench</resource></bind></iq>")
        await self._read_until(b"</iq>")
        self.writer.write(b"<presence/>")
        await self.writer.drain()

    async def listen(self):
        while True:
            chunk = await self.reader.read(65536)
            if not chunk:
                return
            # The 7 bytes kept cannot hold a whole "<message", so a marker split across two reads
            # is counted once, when it completes.
            data = self.tail + chunk
            self.tail = data[-7:]
            found = data.count(b"<message")
            if found:
                self.owner.received(found)


class Sessions:
    def __init__(self, args):
        self.host, self.port, self.domain, self.password = args.host, args.port, args.domain, args.password
        self.users = args.users
        self.count = 0
        self.expected = None
        self.waiter = None
        self.started = 0.0

    def received(self, n):
        self.count += n
        if self.waiter and not self.waiter.done() and self.count >= self.expected:
            self.waiter.set_result(time.monotonic() - self.started)

    async def _report(self, waiter):
        try:
            seconds = await asyncio.wait_for(asyncio.shield(waiter), 60)
            print(json.dumps({"received": self.count, "seconds": seconds}), flush=True)
        except asyncio.TimeoutError:
            print(json.dumps({"received": self.count, "timeout": True}), flush=True)

    async def run(self):
        t0 = time.monotonic()
        sessions = [Session(self, u) for u in self.users]
        gate = asyncio.Semaphore(32)
        errors = []

        async def login(s):
            async with gate:
                try:
                    await s.login()
                    return True
                except (OSError, ConnectionError) as e:
                    errors.append(str(e))
                    return False

        results = await asyncio.gather(*(login(s) for s in sessions))
        online = [s for s, ok in zip(sessions, results) if ok]
        listeners = [asyncio.ensure_future(s.listen()) for s in online]
        await asyncio.sleep(0.5)  # presence processed
        print(json.dumps({"online": len(online), "seconds": time.monotonic() - t0, "errors": errors[:3]}), flush=True)
        loop = asyncio.get_running_loop()
        stdin = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
        while True:
            line = await stdin.readline()
            if not line:
                break
            words = line.split()
            if len(words) == 2 and words[0] == b"expect":
                self.expected = int(words[1])
                self.count = 0
                self.started = time.monotonic()
                self.waiter = loop.create_future()
                if self.expected == 0:
                    self.waiter.set_result(0.0)
                print(json.dumps({"armed": self.expected}), flush=True)
                asyncio.ensure_future(self._report(self.waiter))
        for s in online:
            s.writer.close()
        for task in listeners:
            task.cancel()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--domain", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("users", nargs="+")
    asyncio.run(Sessions(parser.parse_args()).run())


if __name__ == "__main__":
    main()
