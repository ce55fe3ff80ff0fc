# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""An HTTP fuzzer for our module: random and mutated requests against a sandbox Prosody (loopback
only), bounded in time and in the number of requests, seeded and reproducible.

Each request starts from a valid call of a route (the cases of test_isolation's authorization
matrix) and gets a few mutations: the method; the path (encoded "/", "..", NUL, overlong and
non-ASCII segments, empty segments); query strings; headers (Host, content types, malformed or
duplicated credentials, Transfer-Encoding); the body (not JSON, JSON of the wrong shape, wrong
types, deep nesting, huge numbers, long strings); Content-Length too short or too long; and the
credentials (the global admin, a host admin, a non-admin, a wrong password, none, malformed).

A finding is: a Lua traceback or an error in Prosody's log, an HTML 500, an answer that is not the
{"result": …} envelope (where the request was well-formed HTTP), a refused request (status >= 400)
that changed the data directory, a host's whitelist or its modules (test_isolation's snapshot), no
answer at all to a well-formed request, or Prosody's memory growing on and on (what Lua holds after a full collection).

Requests that would cut the fuzzer off its own server when accepted (unloading modules, changing
the whitelist, reloading, deleting or re-keying the accounts it authenticates with, kicking them)
are sent without valid credentials: they are fuzzed as refusals, their success cases are the
route tests' business.

  /usr/bin/python3 tests/server/module_fuzz.py --seconds 600 [--seed N] [--requests N]
  (PAC_PROSODY=13 for Prosody 13; scripts/fuzz-module.sh runs both versions)
"""

import argparse
import base64
import http.client
import json
import os
import random
import re
import socket
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import test_isolation as isolation  # noqa: E402
from harness import Api  # noqa: E402

H, O = isolation.H, isolation.O
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]
ODD_METHODS = ["HEAD", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "get", "FOO", "G\tET"]
PROTECTED_ROUTES = {"module", "modules", "whitelist", "reload", "sessions", "data", "certs"}
PROTECTED_USERS = {"admin", "hostadmin", "visitor"}  # the accounts the fuzzer and the snapshot use
SANDBOX_ARGS = dict(users=3, bots=0, host_admins=True,
                    extra_config="admin_rest_auth_failures = 0",  # wrong passwords are many
                    extra_modules=("sandbox_memory",))


class Finding(AssertionError):
    pass


class Request:
    def __init__(self, method, path, headers, body, malformed=False, declared_length=None, chunked=False):
        self.method, self.path, self.headers, self.body = method, path, headers, body
        self.malformed = malformed  # not well-formed HTTP: Prosody's parser may answer or hang up
        self.declared_length = declared_length  # a Content-Length that is not the body's
        self.chunked = chunked

    def wire(self):
        head = "%s %s HTTP/1.1\r\n" % (self.method, self.path)
        body = self.body
        headers = list(self.headers)
        if self.chunked:
            headers.append(("Transfer-Encoding", "chunked"))
            chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 4096]), body[i:i + 4096])
                              for i in range(0, len(body), 4096))
            body = chunks + b"0\r\n\r\n"
        else:
            length = len(body) if self.declared_length is None else self.declared_length
            if body or self.declared_length is not None or self.method in ("POST", "PUT", "PATCH"):
                headers.append(("Content-Length", str(length)))
        headers.append(("Connection", "close"))
        head += "".join("%s: %s\r\n" % (k, v) for k, v in headers) + "\r\n"
        return head.encode("utf-8", "surrogateescape") + body

    def head_size(self):
        wire = self.wire()
        return wire.find(b"\r\n\r\n") + 4

    def describe(self):
        shown = self.wire()
        if len(shown) > 1500:
            shown = shown[:1500] + b"... (%d bytes in all)" % len(shown)
        return repr(shown)


HEAD_LIMIT = 10 * 1024  # Prosody's head_size_limit: 0.12 waits for more, 13 refuses


def send(port, request, timeout=20):
    """-> (status, {lower-case header: value}, body bytes), or None when the server closed without
    answering (or, for a head over Prosody's limit, did not answer within 2 s)."""
    oversized = request.head_size() > HEAD_LIMIT
    if oversized:
        request.malformed = True
        timeout = 2
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(request.wire())
            if request.declared_length is not None and request.declared_length > len(request.body):
                s.shutdown(socket.SHUT_WR)  # the rest never comes
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        try:
            while not answer_complete(data, request.method == "HEAD"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except ConnectionResetError:
            pass
        except socket.timeout:
            if not oversized:
                raise
    if not data:
        return None
    status, headers, body = split_answer(data)
    if headers.get("transfer-encoding") == "chunked":
        body = dechunk(body)
    return status, headers, body


def split_answer(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    m = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
    if not m:
        raise Finding("not an HTTP answer: %r" % data[:300])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    return int(m.group(1)), headers, body


def answer_complete(data, head_request):
    """Whether data holds a whole answer (the server may keep the connection open, as Prosody does
    for "Connection: keep-alive" and "Connection: close" both sent). An answer to HEAD has no body,
    whatever its Content-Length says."""
    if b"\r\n\r\n" not in data:
        return False
    if head_request:
        return True
    _, headers, body = split_answer(data)
    if "content-length" in headers:
        return len(body) >= int(headers["content-length"])
    if headers.get("transfer-encoding") == "chunked":
        return body.endswith(b"0\r\n\r\n")
    return False


def dechunk(body):
    out = b""
    while body:
        size, _, rest = body.partition(b"\r\n")
        n = int(size.split(b";")[0], 16)
        if n == 0:
            break
        out += rest[:n]
        body = rest[n + 2:]
    return out


# ---------------------------------------------------------------------------------------------
# Generation


def deep(rng):
    depth = rng.choice([50, 500, 5000, 100000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    return (opener * depth + "1" + closer * depth).encode()


WRONG_VALUES = [None, True, 0, -1, 1e308, 12345678901234567890123456789, [], {}, [1, 2], {"a": 1}, "",
                "x" * 70000, "\u0000", "\ud800", "\U0001F600", " ", "a@b@c", "../../etc", "%2F"]


def body_mutation(rng, body):
    kind = rng.randrange(12)
    if kind == 0:
        return b""
    if kind == 1:
        return rng.choice([b"not json", b"{", b"}", b"{\"a\":}", b"\xff\xfe\x00", b"null", b"[]", b"1", b"\"s\"",
                           b"true", b"{\"password\": \"x\"} trailing", b"{'a': 1}"])
    if kind == 2:
        return deep(rng)
    if kind == 3:
        return rng.choice([b"1e999999", b"-1e999999", b"123456789012345678901234567890123456789",
                           b"{\"limit\": 1e400, \"offset\": -9e18}", b"{\"password\": 1e400}",
                           b"{\"n\": NaN}", b"{\"n\": Infinity}", b"{\"n\": -0}"])
    if kind == 4:
        return json.dumps({"password": "x" * rng.choice([1000, 100000, 2000000])}).encode()
    if kind == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
    if kind == 6:
        return json.dumps(rng.choice(WRONG_VALUES)).encode()
    if kind == 7:
        return json.dumps({"\u0000": 1, "": "", "password": None}).encode()
    if isinstance(body, dict) and body:
        body = dict(body)
        key = rng.choice(sorted(body))
        if kind == 8:
            body[key] = rng.choice(WRONG_VALUES)
        elif kind == 9:
            del body[key]
        elif kind == 10:
            body[key] = [body[key]] * rng.choice([2, 1000])
        else:
            body[rng.choice(["to", "type", "subject", "role", "name", "contact", "recipients", "message",
                             "groups", "members"])] = rng.choice(WRONG_VALUES)
        return json.dumps(body).encode()
    return json.dumps({"recipients": [rng.choice(WRONG_VALUES) for _ in range(rng.randrange(1, 5))],
                       "message": rng.choice(WRONG_VALUES)}).encode()


SEGMENTS = ["..", ".", "%2e%2e", "%2F", "a%2Fb", "%00", "x%00y", "%ff", "%", "%zz", "@", "@@", "a@b@c",
            "user@" + O, "user@nohost.example", "user@", "@" + H, "%C3%A9", "\u00e9", "%E2%80%8B", "A" * 300,
            "B" * 5000, "C" * 70000, "+", "%20", "*", "?", "#", "mxuser", "alice", "mxgroup", "members", "sync",
            "password", "role", "1", "-1", "99999999999999999999"]
QUERIES = ["host=" + O, "host=" + H, "host=", "host=nohost.example", "limit=-1", "limit=0", "limit=1e309",
           "limit=99999999999999999999", "offset=abc", "offset=-5", "after=", "after=%00", "limit=1&limit=2",
           "%", "a=%zz", "=", "&&&", "host", "x=" + "y" * 10000, "host[]=a", "since=-1", "since=abc"]


def path_mutation(rng, path):
    base, _, query = path.partition("?")
    segments = base.strip("/").split("/")
    kind = rng.randrange(7)
    if kind == 0:
        segments.insert(rng.randrange(len(segments) + 1), rng.choice(SEGMENTS))
    elif kind == 1:
        segments[rng.randrange(len(segments))] = rng.choice(SEGMENTS)
    elif kind == 2 and len(segments) > 1:
        del segments[rng.randrange(1, len(segments))]
    elif kind == 3:
        segments.insert(rng.randrange(1, len(segments) + 1), "")  # an empty segment
    elif kind == 4:
        segments[-1] += rng.choice(["/", "//", "%2F", "/..", "%00"])
    elif kind == 5:
        i = rng.randrange(len(segments))
        segments[i] = "".join("%%%02X" % b for b in segments[i].encode())  # every byte encoded
    else:
        query = "&".join(filter(None, [query, rng.choice(QUERIES)]))
    quoted = "/".join(urllib.parse.quote(s, safe="%@+*?#=&.-_~") for s in segments)
    return "/" + quoted + ("?" + query if query else "")


def header_mutation(rng, headers):
    kind = rng.randrange(8)
    if kind == 0:
        headers.append(("Content-Type", rng.choice(["text/plain", "application/x-www-form-urlencoded",
                                                    "application/json; charset=latin1", "application/jsonx",
                                                    "multipart/form-data; boundary=x", "", "text/vcard",
                                                    "application/json" + ";" * 1000])))
    elif kind == 1:
        headers[:] = [h for h in headers if h[0] != "Host"]
        headers.append(("Host", rng.choice([O, "nohost.example", "", "a" * 5000, H + ":1", "[::1]", "%00",
                                            H.upper()])))
    elif kind == 2:
        headers.append(("X-Forwarded-For", rng.choice(["1.2.3.4", "", "garbage", "1.2.3.4, 127.0.0.1", "::1"])))
    elif kind == 3:
        headers.append((rng.choice(["Accept", "Accept-Encoding", "Expect", "Cookie", "Range"]),
                        rng.choice(["*/*", "gzip", "100-continue", "a=b", "bytes=0-1", "x" * 8000])))
    elif kind == 4:
        headers.append(("X-" + "h" * rng.choice([10, 1000]), "v"))
    elif kind == 5:
        headers.append(("Authorization", rng.choice(["Basic", "Basic ", "Basic !!!!", "Bearer x", "basic eA==",
                                                     "Basic " + base64.b64encode(b"nocolon").decode(),
                                                     "Basic " + base64.b64encode(b":").decode(),
                                                     "Basic " + base64.b64encode(b"@:x").decode(),
                                                     "Basic " + base64.b64encode(b"a@b@c:x").decode(),
                                                     "Basic " + base64.b64encode(b"\x00:\x00").decode(),
                                                     "Basic " + "QUFB" * 3000])))
    elif kind == 6:
        headers.append(("Content-Type", "application/json"))
        headers.append(("Content-Type", "text/plain"))
    else:
        headers.append(("Connection", rng.choice(["keep-alive", "Upgrade", ""])))


class Generator:
    def __init__(self, rng, accounts, domain):
        self.rng = rng
        self.accounts = accounts  # jid -> password
        self.domain = domain
        self.bases = []
        for (route, method), cases in sorted(isolation.CASES.items()):
            for case in cases:
                names = {"u": "mxuser", "new": "mxnew", "victim": "mxvictim", "peer": "mxpeer@" + H, "q": "",
                         "room": "mxroom@conference." + H, "newroom": "mxnewroom@conference." + H}
                self.bases.append((method, isolation.fill_names(case.path, names),
                                   isolation.fill_names(case.body, names), case.raw))

    def credentials(self):
        rng = self.rng
        kind = rng.randrange(8)
        jid = "admin@" + self.domain
        if kind <= 3:
            return (jid, self.accounts[jid]), True
        if kind == 4:
            jid = rng.choice(["hostadmin@" + H, "hostadmin@" + O])
            return (jid, self.accounts[jid]), True
        if kind == 5:
            return ("visitor@" + H, self.accounts["visitor@" + H]), False
        if kind == 6:
            return (jid, "wrong"), False
        return None, False

    def next(self):
        rng = self.rng
        method, path, body, raw = rng.choice(self.bases)
        headers = [("Host", H)]
        data = json.dumps(body).encode() if body is not None else (raw.encode() if raw else b"")
        if body is not None:
            headers.append(("Content-Type", "application/json"))
        elif raw:
            headers.append(("Content-Type", "text/vcard"))
        malformed = False
        declared = None
        chunked = False
        focused = rng.random() < 0.5  # well-formed HTTP from the global admin: the handlers' input
        for _ in range(rng.randrange(0, 4)):
            kind = rng.choice([0, 1, 2, 3, 3, 9, 9]) if focused else rng.randrange(10)
            if kind <= 2:
                path = path_mutation(rng, path)
            elif kind == 3:
                data = body_mutation(rng, body)
            elif kind == 4:
                method = rng.choice(METHODS + ODD_METHODS)
                malformed = malformed or method not in METHODS
            elif kind == 5:
                header_mutation(rng, headers)
                malformed = True  # Prosody's parser judges odd headers itself
            elif kind == 6:
                declared = max(0, len(data) + rng.choice([-1000, -1, 1, 1000]))
                malformed = True
            elif kind == 7:
                chunked = True
                malformed = True  # Prosody 0.12's parser closes chunked requests without an answer
            elif kind == 8:
                raw_path = path + rng.choice(["\x00", " ", "\r", "\xff", "%"])
                path = raw_path
                malformed = True
            else:
                data = body_mutation(rng, body)
                headers.append(("Content-Type", "application/json"))
        creds, _ = self.credentials()
        if focused:
            creds = ("admin@" + self.domain, self.accounts["admin@" + self.domain])
        route = urllib.parse.unquote(path.lstrip("/").split("/")[0].split("?")[0])
        decoded = urllib.parse.unquote(urllib.parse.unquote(path)).lower()
        touches_protected = route.lower() in PROTECTED_ROUTES or any(
            re.search(r"(^|[/@%s])%s($|[/@?%s])" % ("\x00", u, "\x00"), decoded) for u in PROTECTED_USERS)
        if creds is not None and creds[1] == self.accounts.get(creds[0]) and touches_protected \
                and method.upper() != "GET":
            creds = (creds[0], "wrong")  # see the module's docstring
        if creds is not None:
            headers.insert(0, ("Authorization", "Basic " + base64.b64encode(
                ("%s:%s" % creds).encode("utf-8", "surrogateescape")).decode()))
        return Request(method, "/admin_rest" + path, headers, data, malformed, declared, chunked)


# ---------------------------------------------------------------------------------------------
# Checks


def check_envelope(request, answer):
    if answer is None:
        if not request.malformed:
            raise Finding("no answer")
        return
    status, headers, body = answer
    if b"<html" in body.lower() or b"<title>" in body.lower():
        if status == 404 and urllib.parse.unquote(request.path.split("?")[0]).endswith("/*"):
            return  # Prosody fires no event for a path ending in "/*" ("wildcard events cannot be fired")
        if status >= 500 or not request.malformed:
            raise Finding("an HTML page (status %d): %r" % (status, body[:200]))
        return  # Prosody's own page for a request its HTTP layer refused
    if request.malformed and status in (400, 404, 405, 413, 501) and not body:
        return  # Prosody's parser refused it before any module saw it
    content_type = headers.get("content-type", "")
    if status == 200 and content_type.startswith("text/vcard") and request.method == "GET":
        return
    if request.method == "HEAD" and not body:
        return
    if request.method == "OPTIONS" and status in (200, 204) and not body:
        return  # mod_http's CORS preflight answer (Prosody's, for every HTTP module)
    if not content_type.startswith("application/json"):
        raise Finding("status %d with content type %r: %r" % (status, content_type, body[:200]))
    try:
        value = json.loads(body)
    except ValueError:
        raise Finding("status %d, not JSON: %r" % (status, body[:200]))
    if not isinstance(value, dict) or list(value) != ["result"]:
        raise Finding("status %d, not the envelope: %r" % (status, body[:200]))
    if status == 501 and isinstance(value["result"], str) and value["result"].startswith("Unavailable: "):
        return  # a feature this host lacks (e.g. deletion with a grace period on 0.12), said as such
    if status >= 500:
        raise Finding("status %d: %r" % (status, body[:200]))


LOG_PROBLEMS = re.compile(r"traceback|\berror\b.*\.lua:\d+|Error in |stack overflow", re.I)


class LogWatch:
    def __init__(self, log_file):
        self.log_file = log_file
        self.offset = os.path.getsize(log_file)

    def new_problems(self):
        with open(self.log_file, "rb") as f:
            f.seek(self.offset)
            text = f.read().decode(errors="replace")
            self.offset = f.tell()
        lines = [line for line in text.splitlines() if LOG_PROBLEMS.search(line)]
        return "\n".join(lines)


def lua_heap_kib(port):
    """What Lua still holds after a full collection (server/sandbox_modules/mod_sandbox_memory.lua)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request("GET", "/sandbox_memory")
        answer = conn.getresponse()
        body = answer.read()
    finally:
        conn.close()
    if answer.status != 200:
        raise Finding("/sandbox_memory answered %d" % answer.status)
    return int(body) // 1024


def rss_kib(pid):
    """Resident memory of the Prosody process (the launcher may be a shell that runs lua)."""
    pids = [pid]
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            children = f.read().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    total = 0
    for p in pids:
        try:
            with open("/proc/%d/status" % p) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total = max(total, int(line.split()[1]))
        except OSError:
            pass
    return total


class Fuzzer:
    """Runs against a started sandbox; snapshot(host) is test_isolation's IsolationSandbox.snapshot."""

    def __init__(self, info, accounts, snapshot, seed, seconds, max_requests, out=sys.stdout):
        self.info = info
        self.snapshot = snapshot
        self.seed = seed
        self.seconds = seconds
        self.max_requests = max_requests
        self.rng = random.Random(seed)
        self.generator = Generator(self.rng, accounts, info["domain"])
        self.port = info["http_port"]
        self.api = Api(info["url"], info["jid"], info["password"])
        self.out = out
        self.stats = {"requests": 0, "refused": 0, "accepted": 0, "no answer": 0, "statuses": {}}
        self.rss = []  # (seconds since start, KiB)
        self.heap = []  # (seconds since start, KiB Lua holds after a full collection)

    def prepare(self):
        for user in ("mxuser", "mxpeer"):
            self.api.post("/user/%s@%s" % (user, H), {"password": "pw"})
        self.api.put("/groups/mxgroup", {"name": "M"})

    def run(self):
        self.out.write("module fuzz: seed %d, Prosody %s, up to %s s and %d requests\n" % (
            self.seed, self.info["prosody_version"], self.seconds or "any", self.max_requests))
        self.out.flush()
        self.prepare()
        log = LogWatch(self.info["log_file"])
        started = time.monotonic()
        next_sample = 0
        before = self.snapshot(H)
        # About 30 samples of memory over a timed run; one a second when only the count limits it.
        sample_every = max(1, self.seconds / 30) if self.seconds else 1
        while self.stats["requests"] < self.max_requests and (
                not self.seconds or time.monotonic() - started < self.seconds):
            if time.monotonic() - started >= next_sample:
                self.sample(started)
                next_sample = time.monotonic() - started + sample_every
            request = self.generator.next()
            n = self.stats["requests"] = self.stats["requests"] + 1
            try:
                answer = send(self.port, request)
                check_envelope(request, answer)
                problems = log.new_problems()
                if problems:
                    raise Finding("Prosody logged:\n" + problems[:3000])
                status = answer[0] if answer else None
                self.stats["statuses"][status] = self.stats["statuses"].get(status, 0) + 1
                if answer is None:
                    # Malformed HTTP that Prosody closed without an answer: either never run, or run
                    # and its answer dropped (0.12 runs a chunked request, then hangs up).
                    self.stats["no answer"] += 1
                    before = self.snapshot(H)
                elif status >= 400:
                    self.stats["refused"] += 1
                    after = self.snapshot(H)
                    if after != before:
                        raise Finding("a refused request (status %s) changed: %s" % (status, diff(before, after)))
                else:
                    self.stats["accepted"] += 1
                    before = self.snapshot(H)
                if n % 20 == 0 and self.api.get("/ping").status != 200:
                    raise Finding("the server stopped answering /ping")
            except (Finding, OSError, ValueError) as e:
                raise Finding("request %d of seed %d: %s\n  request: %s" % (n, self.seed, e, request.describe()))
        self.sample(started)
        self.check_memory()
        self.stats["seconds"] = round(time.monotonic() - started, 1)
        self.out.write("module fuzz: %(requests)d requests in %(seconds)s s, %(accepted)d accepted, "
                       "%(refused)d refused, %(no answer)d unanswered (malformed HTTP)\n" % self.stats)
        self.out.write("  statuses: %s\n  Prosody RSS (s, MiB): %s\n" % (
            dict(sorted(self.stats["statuses"].items(), key=lambda kv: str(kv[0]))),
            ", ".join("%d:%.1f" % (t, kib / 1024) for t, kib in self.rss)))
        self.out.write("  Lua after a full collection (s, MiB): %s\n" % (
            ", ".join("%d:%.2f" % (t, kib / 1024) for t, kib in self.heap)))
        self.out.flush()
        return self.stats

    def sample(self, started):
        seconds = round(time.monotonic() - started)
        self.rss.append((seconds, rss_kib(self.info["pid"])))
        self.heap.append((seconds, lua_heap_kib(self.port)))

    def check_memory(self):
        """Memory that keeps growing: what Lua holds after a full collection, its median over the
        last third of the samples above its median over the first third by more than 8 MiB. Not
        the resident size: glibc keeps the pages of a freed multi-megabyte body, so the resident
        size steps up and stays up without anything being held (it is printed for the record).
        The 8 MiB leave room for Prosody's own bounded cache: net.http.server keeps the handler
        list of up to 10,000 recent paths (recent_wildcard_events), about 600 bytes per distinct
        path, on 0.12 and 13 alike; random paths fill it, up to about 6 MiB, then it stays."""
        if len(self.heap) < 7:
            return
        third = len(self.heap) // 3
        median = lambda samples: sorted(kib for _, kib in samples)[len(samples) // 2]  # noqa: E731
        early, late = median(self.heap[:third]), median(self.heap[-third:])
        if late - early > 8 * 1024:
            raise Finding("Prosody's memory keeps growing: Lua holds (s, KiB) %r" % self.heap)


def diff(before, after):
    files_b, wl_b, mod_b = before
    files_a, wl_a, mod_a = after
    changed = sorted(k for k in set(files_b) | set(files_a) if files_b.get(k) != files_a.get(k))
    parts = []
    if changed:
        parts.append("files %s" % changed)
    if wl_b != wl_a:
        parts.append("whitelist %r -> %r" % (wl_b, wl_a))
    if mod_b != mod_a:
        parts.append("modules")
    return ", ".join(parts)


class FuzzSandbox(isolation.IsolationSandbox):
    """test_isolation's sandbox (two hosts, a host admin of each, a non-admin) and its snapshot."""

    sandbox_args = SANDBOX_ARGS


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--requests", type=int, default=10 ** 9)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2 ** 31)
    FuzzSandbox.setUpClass()
    try:
        case = FuzzSandbox("setUp")  # a method name unittest accepts: only snapshot() is used
        Fuzzer(FuzzSandbox.info, FuzzSandbox.accounts, case.snapshot, seed, args.seconds, args.requests).run()
    except Finding as e:
        print("FINDING: %s" % e)
        return 1
    finally:
        FuzzSandbox.tearDownClass()
    return 0


if __name__ == "__main__":
    sys.exit(main())
