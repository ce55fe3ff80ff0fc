# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""What the server tests share: an HTTP client for the API, XMPP bot processes, a test
case class that owns one sandbox Prosody (and the one most test classes use, OursTestCase),
and which Prosody the sandboxes run.

The sandboxes run Debian's Prosody 0.12 or Prosody 13, as server/sandbox.py chooses
($PAC_PROSODY, see its --prosody option); PROSODY_VERSION says which, so that a test can
assert what that version answers.
"""

import base64
import http.client
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "server"))
sys.path.insert(0, SERVER_DIR)

from sandbox import Sandbox, free_port, prosody_launcher  # noqa: E402,F401

PYTHON = "/usr/bin/python3"
BOT = os.path.join(SERVER_DIR, "xmpp_bot.py")
SANDBOX = os.path.join(SERVER_DIR, "sandbox.py")


def launcher_source_dir(launcher):
    """The directory of Prosody's Lua sources that a launcher script runs (its CFG_SOURCEDIR)."""
    with open(launcher, errors="replace") as f:
        for line in f:
            if line.startswith("CFG_SOURCEDIR"):
                return line.split("=", 1)[1].strip().rstrip(";").strip("'\"")
    raise AssertionError("no CFG_SOURCEDIR in %s" % launcher)


def running_prosody_version():
    """The version of the Prosody the sandboxes start ("0.12.3", "13.0.1"): the prosody.version
    file of the sources the launcher runs."""
    with open(os.path.join(launcher_source_dir(prosody_launcher(None)), "prosody.version")) as f:
        return f.read().strip()


PROSODY_VERSION = running_prosody_version()
PROSODY_13 = int(PROSODY_VERSION.split(".")[0]) >= 13

# The roles a host has, highest priority first, as GET /info reports them.
if PROSODY_13:
    HOST_ROLES = ["prosody:operator", "prosody:admin", "prosody:member", "prosody:registered", "prosody:guest"]
    ADMINS_ROLE = "prosody:operator"  # the config's global admins
    HOST_ADMINS_ROLE = "prosody:admin"  # a VirtualHost's own admins
    USER_ROLE = "prosody:registered"  # an account nobody gave a role
else:
    HOST_ROLES = ["prosody:admin", "prosody:user"]
    ADMINS_ROLE = HOST_ADMINS_ROLE = "prosody:admin"
    USER_ROLE = "prosody:user"


class Reply:
    def __init__(self, status, headers, raw, data=None):
        self.status = status
        self.headers = headers
        self.raw = raw
        self.data = data  # the body's bytes (raw is their text, invalid UTF-8 replaced)
        self.content_type = headers.get("Content-Type")

    @property
    def json(self):
        return json.loads(self.raw)

    @property
    def result(self):
        return self.json["result"]

    def __repr__(self):
        return "<Reply %s %r>" % (self.status, self.raw[:300])


class Api:
    """Calls the API as one account. source: the client's own address (e.g. "127.0.0.2")."""

    def __init__(self, url, jid, password, context=None, source=None):
        self.url = url
        self.jid = jid
        self.password = password
        self.context = context
        self.source = source

    def as_account(self, jid, password):
        return Api(self.url, jid, password, self.context, self.source)

    def call(self, method, path, body=None, raw=None, auth=True, headers=None, content_type=None, url=None,
             source=None):
        h = {}
        if auth is True:
            auth = (self.jid, self.password)
        if isinstance(auth, tuple):
            h["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % auth).encode()).decode()
        elif isinstance(auth, str):
            h["Authorization"] = auth
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        elif raw is not None:
            data = raw if isinstance(raw, bytes) else raw.encode()
            h["Content-Type"] = content_type or "text/plain"
        h.update(headers or {})
        target = urllib.parse.urlsplit((url or self.url) + path)
        source = source or self.source
        source_address = (source, 0) if source else None
        if target.scheme == "https":
            conn = http.client.HTTPSConnection(target.hostname, target.port, timeout=20, context=self.context,
                                               source_address=source_address)
        else:
            conn = http.client.HTTPConnection(target.hostname, target.port, timeout=20,
                                              source_address=source_address)
        try:
            # A "Host" header in headers names the VirtualHost (http.client then sends no other).
            conn.request(method, target.path + ("?" + target.query if target.query else ""), body=data, headers=h)
            r = conn.getresponse()
            data = r.read()
            return Reply(r.status, r.headers, data.decode(errors="replace"), data)
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.call("POST", path, body=body, **kw)

    def put(self, path, body=None, **kw):
        return self.call("PUT", path, body=body, **kw)

    def patch(self, path, body=None, **kw):
        return self.call("PATCH", path, body=body, **kw)

    def delete(self, path, body=None, **kw):
        return self.call("DELETE", path, body=body, **kw)


class BotProcess:
    """server/xmpp_bot.py as a subprocess; its JSON lines are collected on a thread."""

    def __init__(self, info, user, password=None, resource=None, host=None, register_token=None):
        jid = user if "@" in user else "%s@%s" % (user, host or info["domain"])
        # "--password=…": a generated password may begin with "-", which argparse would take for an option.
        cmd = [PYTHON, BOT, "--jid", jid, "--password=" + (password or info["demo_password"]),
               "--host", info["c2s_host"], "--port", str(info["c2s_port"])]
        if resource:
            cmd += ["--resource", resource]
        if register_token:
            cmd += ["--register-token=" + register_token]
        self.stderr = tempfile.TemporaryFile(mode="w+")  # shown when the bot ends unexpectedly
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                     text=True)
        self.events = queue.Queue()
        self.seen = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stdout:
            line = line.strip()
            if line:
                self.events.put(json.loads(line))
        self.events.put(None)

    def wait_for(self, predicate, timeout=15):
        for event in self.seen:
            if predicate(event):
                return event
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("bot event not seen in %ss; seen: %r" % (timeout, self.seen))
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            if event is None:
                self.proc.wait(timeout=10)
                self.stderr.seek(0)
                raise AssertionError("bot exited (status %s) before the event; seen: %r; its stderr: %s" % (
                    self.proc.returncode, self.seen, self.stderr.read()[-2000:]))
            self.seen.append(event)
            if predicate(event):
                return event

    def command(self, **cmd):
        """Sends the bot one command (see server/xmpp_bot.py: join, leave, send)."""
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def wait_online(self, timeout=15):
        return self.wait_for(lambda e: e["event"] in ("online", "error"), timeout)

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout, self.stderr):
            try:
                stream.close()
            except OSError:
                pass
        return self.proc.returncode


def is_message(body):
    return lambda e: e["event"] == "message" and e["body"] == body


def is_disconnected(e):
    return e["event"] == "disconnected"


def is_disabled(e):
    """The stream error that closes the sessions of an account being disabled."""
    return e["event"] == "disconnected" and e["condition"] == "not-authorized" and e["text"] == "Account disabled"


def log_count(info, text):
    try:
        with open(info["log_file"], errors="replace") as f:
            return f.read().count(text)
    except OSError:
        return 0


def wait_for_log(info, text, timeout=15):
    """Waits until Prosody's log of the sandbox holds text."""
    deadline = time.monotonic() + timeout
    while log_count(info, text) == 0:
        if time.monotonic() > deadline:
            raise AssertionError("%r not logged within %s s" % (text, timeout))
        time.sleep(0.05)


def wait_for_first_cron_run(info):
    """Prosody 13 runs its periodic tasks a second after start and records them in each host's
    cron store (data/<host>/cron.dat). A test that needs the data directory to stay as it
    is waits for that first. Prosody 0.12 has no such tasks."""
    if PROSODY_13:
        wait_for_log(info, "Running periodic tasks")


class SandboxTestCase(unittest.TestCase):
    sandbox_args = {}

    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(**cls.sandbox_args)
        cls.info = cls.sandbox.start()
        cls.api = Api(cls.info["url"], cls.info["jid"], cls.info["password"])
        cls.domain = cls.info["domain"]

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.stop()

    def setUp(self):
        self.bots = []

    def tearDown(self):
        for bot in self.bots:
            bot.stop()

    def bot(self, user, **kw):
        bot = BotProcess(self.info, user, **kw)
        self.bots.append(bot)
        event = bot.wait_online()
        self.assertEqual(event["event"], "online", event)
        return bot

    def assertReply(self, reply, status, result=None):
        self.assertEqual(reply.status, status, reply)
        self.assertEqual(reply.content_type, "application/json", reply)
        if result is not None:
            self.assertEqual(reply.result, result, reply)
        return reply

    def assertProsodyErrorPage(self, reply):
        """Prosody's own 500 page, what a published version answers where its code fails: on
        0.12 an HTTP/1.0 answer without headers, on 13 one with an HTML content type."""
        self.assertEqual(reply.status, 500, reply)
        self.assertIn("<title>500 Internal Server Error</title>", reply.raw)
        if PROSODY_13:
            self.assertEqual(reply.content_type, "text/html; charset=utf-8", reply)
        else:
            self.assertIsNone(reply.content_type, reply)
        return reply

    def create_user(self, name, password="Pw-12345", host=None):
        user = name if host is None else "%s@%s" % (name, host)
        r = self.api.post("/user/" + user, {"password": password})
        self.assertIn(r.status, (200, 201), r)
        return user

    def roster_jids(self, user):
        """user's roster as {contact JID: item}."""
        return {item[1]["jid"]: item[1] for item in self.api.get("/roster/" + user).result["roster"]}


class OursTestCase(SandboxTestCase):
    """Our module with default options, plus prefixes before messages, multicasts and
    broadcasts: the sandbox of the per-resource test classes (one each)."""

    sandbox_args = dict(users=20, bots=3, extra_config="\n".join([
        'admin_rest_message_prefix = "[msg] "',
        'admin_rest_multicast_prefix = "[mc] "',
        'admin_rest_broadcast_prefix = "[all] "',
    ]))
