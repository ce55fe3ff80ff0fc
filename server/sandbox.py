#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Throwaway Prosody sandbox with our mod_admin_rest, for tests and demos.

    python3 server/sandbox.py [--users 50] [--bots 3] [--no-offline] [--emulate current|classic]
                              [--https] [--whitelist ADDR ...] [--allow-wipe] [--base PATH] [--keep] [--debug]
                              [--grace-period SECONDS]
                              [--prosody 0.12|13|PATH] [--storage internal|sqlite|postgres]
                              [--cert-host HOST=FROM:UNTIL[:NAME,...] ...]

Starts a private Prosody (Debian's /usr/bin/prosody 0.12, or Prosody 13 as
scripts/prosody13.sh builds it) on free loopback ports
with its own configuration and data in a temporary directory, its storage in files
(internal), an SQLite file there, or a database of its own in a throwaway PostgreSQL
cluster (pg_cluster.py), demo users with rosters and two groups (written through
Prosody's storage layer by mod_sandbox_data), and --bots of those users online through real XMPP
sessions (slixmpp, in this process). When everything is up it prints ONE line of
JSON on stdout (see README.md) and then runs until stdin reaches EOF or it gets
SIGTERM/SIGINT; then it stops the bots and Prosody and removes the directory
(unless --keep). Everything else it says goes to stderr.

Used as a module by the tests:

    sb = Sandbox(users=10, bots=2); info = sb.start(); ...; sb.stop()
"""

import argparse
import asyncio
import base64
import json
import logging
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

SERVER_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, SERVER_DIR)

from sandbox_storage import STORAGES, SandboxStorage  # noqa: E402

from sandbox_data import ADMIN, DOMAIN, HOST_ADMIN, NONADMIN, SECOND_DOMAIN, DemoData, Records  # noqa: E402
from sandbox_data import write_through_prosody  # noqa: E402

from sandbox_launcher import (PROSODY, PROSODY13_CACHE, SandboxError, _pdeathsig, free_port,  # noqa: E402,F401
                              launcher_version, port_open, prosody_launcher, temp_root)

RESOURCES = ["laptop", "phone", "tablet", "desktop"]
SANDBOX_MODULES = os.path.join(SERVER_DIR, "sandbox_modules")  # Prosody modules for sandboxes only


log = logging.getLogger("sandbox")


class Sandbox:
    """A private Prosody with demo data. start() returns the info dict; stop() cleans up."""

    def __init__(self, users=50, bots=3, offline=True, emulate=None, https=False, whitelist=None,
                 allow_wipe=False, keep=False, extra_config="", debug_log=False, base="/admin_rest",
                 extra_modules=(), extra_plugin_paths=(), prosody=None, host_admins=False, muc=True,
                 s2s_domain=None, s2s_port=None, s2s_peers=None, cert_hosts=None, muc_mam=False, s2s_ca=None,
                 trusted_ca=None, grace_period=None, storage=None):
        self.prosody = prosody_launcher(prosody)
        self.prosodyctl = os.path.join(os.path.dirname(self.prosody), "prosodyctl")
        self.storage = storage or os.environ.get("PAC_STORAGE") or "internal"
        if self.storage not in STORAGES:
            raise SandboxError("unknown storage %r (one of %s)" % (self.storage, ", ".join(STORAGES)))
        self.store = None
        self.host_admins = host_admins
        self.grace_period = grace_period  # seconds deleted accounts stay restorable (Prosody 13)
        self.users = users
        self.bots = min(bots, users)
        self.offline = offline
        self.emulate = emulate
        self.https = https
        self.whitelist = list(whitelist or [])
        self.allow_wipe = allow_wipe
        self.keep = keep
        self.extra_config = extra_config
        self.debug_log = debug_log
        self.base = "/" + base.strip("/")
        self.extra_modules = list(extra_modules)
        self.extra_plugin_paths = list(extra_plugin_paths)
        # Group chat: a MUC component conference.<host> for each VirtualHost.
        self.muc = muc
        self.muc_mam = muc_mam  # mod_muc_mam on conference.<DOMAIN> (not on the second host's service)
        # Federation: s2s_domain, one more VirtualHost, served to other servers on s2s_port (127.0.0.1),
        # reaching each domain of s2s_peers ({domain: port}) at that port on 127.0.0.1 (no DNS).
        self.s2s_domain = s2s_domain
        self.s2s_port = s2s_port or (free_port() if s2s_domain else None)
        self.s2s_peers = dict(s2s_peers or {})
        # s2s_ca: (certificate, key) of a CA that signs s2s_domain's certificate (else it is self-signed);
        # trusted_ca: a CA certificate this server trusts besides the system's (ssl.cafile).
        self.s2s_ca = s2s_ca
        self.trusted_ca = trusted_ca
        # More VirtualHosts, each with a certificate of its own: {host: (valid from, valid until, names)},
        # the days relative to now (negative: in the past), names its subject alternative names.
        self.cert_hosts = dict(cert_hosts or {})
        self.dir = None
        self.proc = None
        self._log_start = 0  # where the current launch began in prosody.log
        self.info = None
        self._loop = None
        self._loop_thread = None
        self._bots = []
        self._stopped = False

    # --- set-up ---

    def _write_config(self, ports):
        d = self.dir
        q = lambda s: json.dumps(s)  # a Lua string literal for our paths
        modules = ["roster", "saslauth", "disco", "ping", "vcard4", "vcard_legacy", "lastactivity", "http", "admin_rest"]
        # Invitations (registration with a token only: allow_registration stays false) and account
        # management (Prosody 13: deletion with a grace period where one is set).
        modules += ["invites", "invites_register", "user_account_management"]
        modules += self.extra_modules
        if self.s2s_domain:
            modules += ["dialback", "sandbox_s2s_routes"]
        if self.https or self.s2s_domain:  # s2s: TLS with the domain's self-signed certificate
            modules.append("tls")
        lines = [
            "-- generated by server/sandbox.py",
            "run_as_root = true",
            "daemonize = false",
            "pidfile = %s" % q(os.path.join(d, "prosody.pid")),
            "data_path = %s" % q(os.path.join(d, "data")),
            "certificates = %s" % q(os.path.join(d, "certs")),
            # server/ holds the module's folder, mod_admin_rest/, as a plugin directory would
            "plugin_paths = { %s }" % ", ".join(q(p) for p in [SERVER_DIR, SANDBOX_MODULES] + self.extra_plugin_paths),
            "log = { %s = %s }" % ("debug" if self.debug_log else "info", q(os.path.join(d, "prosody.log"))),
            "admins = { %s }" % q("%s@%s" % (ADMIN, DOMAIN)),
            "authentication = \"internal_hashed\"",
            "c2s_require_encryption = false",
            "s2s_require_encryption = false",
            "allow_unencrypted_plain_auth = true",
            "allow_registration = false",
            "interfaces = { \"127.0.0.1\" }",
            "local_interfaces = { \"127.0.0.1\" }",
            "c2s_ports = { %d }" % ports["c2s"],
            "c2s_interfaces = { \"127.0.0.1\" }",
            "c2s_direct_tls_ports = { }",
            "legacy_ssl_ports = { }",
            "s2s_ports = { %s }" % (self.s2s_port or ""),
            "s2s_interfaces = { \"127.0.0.1\" }",
            "s2s_secure_auth = false",
            "s2s_direct_tls_ports = { }",
            "component_ports = { }",
            "http_ports = { %d }" % ports["http"],
            "http_interfaces = { \"127.0.0.1\" }",
            "https_interfaces = { \"127.0.0.1\" }",
            "http_default_host = %s" % q(DOMAIN),
            "consider_websocket_secure = true",
            "consider_bosh_secure = true",
            "modules_enabled = { %s }" % ", ".join(q(m) for m in modules),
        ]
        if self.https:
            lines.append("https_ports = { %d }" % ports["https"])
            lines.append("https_ssl = { certificate = %s, key = %s }" % (q(self._cert), q(self._key)))
            lines.append("ssl = { certificate = %s, key = %s }" % (q(self._cert), q(self._key)))
        else:
            lines.append("https_ports = { }")
        if not self.offline:
            lines.append("modules_disabled = { \"offline\" }")
        if self.emulate:
            lines.append("admin_rest_emulate = %s" % q(self.emulate))
        if self.whitelist:
            lines.append("admin_rest_whitelist = { %s }" % ", ".join(q(a) for a in self.whitelist))
        if self.base != "/admin_rest":
            lines.append("admin_rest_base = %s" % q(self.base))
        if self.allow_wipe:
            lines.append("admin_rest_allow_wipe = true")
        if self.grace_period:
            lines.append("registration_delete_grace_period = %d" % self.grace_period)
        if self.s2s_peers:
            lines.append("sandbox_s2s_routes = { %s }" % ", ".join(
                "[%s] = %d" % (q(d), p) for d, p in sorted(self.s2s_peers.items())))
        if self.muc:
            lines.append("muc_room_locking = false")
        if self.trusted_ca:
            lines.append("ssl = { cafile = %s }" % q(self.trusted_ca))
        lines += self.store.config_lines()
        if self.extra_config:
            lines.append(self.extra_config)
        lines += self._host_sections(q)
        with open(self.config_file, "w") as f:
            f.write("\n".join(lines))

    def write_store(self, host, store, user, value):
        """Sets one keyval record (user None: the host-wide one) through Prosody's storage layer,
        in whichever store this sandbox uses; also while Prosody runs."""
        records = Records()
        records.store(host, store, user, value)
        write_through_prosody(self.prosodyctl, self.config_file, records, self.dir)

    def records(self):
        """Every stored record, whatever the store: {(host, store, user or None): sha1 of its data}
        (see sandbox_storage.py)."""
        return self.store.records()

    def _make_cert(self):
        certs = os.path.join(self.dir, "certs")
        os.makedirs(certs, exist_ok=True)
        self._cert = os.path.join(certs, DOMAIN + ".crt")
        self._key = os.path.join(certs, DOMAIN + ".key")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-days", "2", "-subj", "/CN=" + DOMAIN,
             "-addext", "subjectAltName=DNS:%s,DNS:%s,IP:127.0.0.1" % (DOMAIN, SECOND_DOMAIN),
             "-keyout", self._key, "-out", self._cert],
            check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def _host_sections(self, q):
        """The VirtualHost and Component sections of the configuration, as lines."""
        lines = []
        for domain in (DOMAIN, SECOND_DOMAIN):
            lines += ["", "VirtualHost %s" % q(domain)]
            if self.host_admins:  # on this host in addition to the global admins
                lines.append("admins = { %s }" % q("%s@%s" % (HOST_ADMIN, domain)))
        if self.s2s_domain:
            lines += ["", "VirtualHost %s" % q(self.s2s_domain)]
        for host, (cert, key) in sorted(self._host_certs.items()):
            lines += ["", "VirtualHost %s" % q(host), "ssl = { certificate = %s, key = %s }" % (q(cert), q(key))]
        if self.muc:
            for domain in (DOMAIN, SECOND_DOMAIN):
                lines += ["", "Component %s \"muc\"" % q("conference." + domain)]
                if self.muc_mam and domain == DOMAIN:
                    lines.append("modules_enabled = { \"muc_mam\" }")
        return lines + [""]

    def _make_host_certs(self):
        """A certificate for s2s_domain (certs/<domain>.crt, found by name: TLS on s2s) and one for
        each of cert_hosts, with its own validity and names."""
        certs = os.path.join(self.dir, "certs")
        self._host_certs = {}
        if not (self.s2s_domain or self.cert_hosts):
            return
        from sandbox_certs import make_certificate  # python3-cryptography, only needed here
        if self.s2s_domain:
            make_certificate(os.path.join(certs, self.s2s_domain), self.s2s_domain, 0, 30, [self.s2s_domain],
                             issuer=self.s2s_ca)
        for host, (valid_from, valid_until, names) in self.cert_hosts.items():
            base = os.path.join(certs, "special", host)
            os.makedirs(os.path.dirname(base), exist_ok=True)
            self._host_certs[host] = make_certificate(base, host, valid_from, valid_until, names)

    def _write_demo_data(self):
        demo = DemoData(self.users, self.host_admins)
        # PostgreSQL: several writers at once for many users (SQLite allows one writer at a time).
        write_through_prosody(self.prosodyctl, self.config_file, demo.records, self.dir,
                              processes=8 if self.storage == "postgres" else 1)
        self.password, self.demo_password = demo.password, demo.demo_password
        self.nonadmin_password, self.user_names = demo.nonadmin_password, demo.user_names
        self.host_admin_accounts, self.groups = demo.host_admin_accounts, demo.groups
        self.last_activity, self.activity_since = demo.last_activity, demo.activity_since

    def _http_ping(self, url, timeout=1.0):
        token = base64.b64encode(("%s@%s:%s" % (ADMIN, DOMAIN, self.password)).encode()).decode()
        req = urllib.request.Request(url + "/ping", headers={"Authorization": "Basic " + token})
        context = None
        if url.startswith("https:"):
            context = ssl.create_default_context(cafile=self._cert)
        try:
            with urllib.request.urlopen(req, timeout=timeout, context=context) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
        except (urllib.error.URLError, OSError):
            return None

    def _free_ports(self):
        while True:
            ports = {"http": free_port(), "c2s": free_port()}
            if self.https:
                ports["https"] = free_port()
            if len(set(ports.values())) == len(ports):
                return ports

    def _launch(self, ports):
        self._write_config(ports)
        # Every launch appends to the same prosody.log: only what this launch wrote tells about it
        # (an earlier launch's port clash must not end the next one before it has begun).
        try:
            self._log_start = os.path.getsize(os.path.join(self.dir, "prosody.log"))
        except OSError:
            self._log_start = 0
        self.prosody_log = open(os.path.join(self.dir, "prosody.stdout"), "ab")
        self.proc = subprocess.Popen([self.prosody, "--config", self.config_file, "-F"], cwd=self.dir,
                                     stdin=subprocess.DEVNULL, stdout=self.prosody_log, stderr=subprocess.STDOUT,
                                     preexec_fn=_pdeathsig)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None or self._log_says("Failed to open server port"):
                break
            # Prosody logs a port it could not open before its hosts load admin_rest: once _ready saw
            # them loaded, a second look at the log tells for sure that every port is ours (another
            # process may have taken one between free_port() and Prosody's bind).
            if self._ready(ports) and not self._log_says("Failed to open server port"):
                return ports
            time.sleep(0.05)
        self._kill_prosody()
        return None

    def _log_says(self, text, count=1):
        """This launch's part of prosody.log holds text at least count times."""
        try:
            with open(os.path.join(self.dir, "prosody.log"), "rb") as f:
                f.seek(self._log_start)
                return f.read().decode(errors="replace").count(text) >= count
        except OSError:
            return False

    def _ready(self, ports):
        """Prosody listens on every port and admin_rest answers (or has loaded on both
        hosts, when a whitelist or admin_rest_secure keeps this launcher out)."""
        if not port_open(ports["c2s"]) or (self.https and not port_open(ports["https"])):
            return False
        code = self._http_ping("http://127.0.0.1:%d%s" % (ports["http"], self.base))
        if code == 200:
            return True
        if self.https and self._http_ping("https://127.0.0.1:%d%s" % (ports["https"], self.base)) == 200:
            return True
        return code is not None and self._log_says("loaded (emulating", 2)

    def start(self):
        t0 = time.monotonic()
        # Room for the accounts (a 4 KiB page or block each) and Prosody's files.
        self.dir = tempfile.mkdtemp(prefix="prosody-sandbox-", dir=temp_root(256 * 2**20 + self.users * 8192))
        os.makedirs(os.path.join(self.dir, "certs"), exist_ok=True)
        self.config_file = os.path.join(self.dir, "prosody.cfg.lua")
        try:
            self._cert = self._key = None
            if self.https:
                self._make_cert()
            self._make_host_certs()
            self.store = SandboxStorage(self.storage, self.dir)
            self.store.prepare(temp_root(64 * 2**20))
            self._write_config(self._free_ports())
            self._write_demo_data()
            ports = None
            for attempt in range(4):
                ports = self._launch(self._free_ports())
                if ports:
                    break
                log.warning("prosody did not come up (attempt %d), retrying with other ports", attempt + 1)
            if not ports:
                raise SandboxError("Prosody did not start; see %s" % os.path.join(self.dir, "prosody.log"))
            self.ports = ports
            self.info = {
                "url": "http://127.0.0.1:%d%s" % (ports["http"], self.base),
                "https_url": ("https://127.0.0.1:%d%s" % (ports["https"], self.base)) if self.https else None,
                "jid": "%s@%s" % (ADMIN, DOMAIN),
                "password": self.password,
                "domain": DOMAIN,
                "second_domain": SECOND_DOMAIN,
                "http_port": ports["http"],
                "c2s_host": "127.0.0.1",
                "c2s_port": ports["c2s"],
                "demo_password": self.demo_password,
                "users": self.user_names,
                "bots": [],
                "groups": self.groups,
                "nonadmin_jid": "%s@%s" % (NONADMIN, DOMAIN),
                "nonadmin_password": self.nonadmin_password,
                "data_dir": os.path.join(self.dir, "data"),
                "pid": self.proc.pid,
                "cert_pem": self._cert,
                "log_file": os.path.join(self.dir, "prosody.log"),
                "config_file": self.config_file,
                "last_activity": self.last_activity,
                "activity_since": self.activity_since,
                "prosody_version": launcher_version(self.prosody),
                "emulate": self.emulate or "ours",
                "host_admins": self.host_admin_accounts,
                "muc_services": ["conference." + d for d in (DOMAIN, SECOND_DOMAIN)] if self.muc else [],
                "s2s_domain": self.s2s_domain,
                "s2s_port": self.s2s_port,
                "storage": self.storage,
            }
            if self.bots:
                self._start_bots()
            log.info("sandbox up in %.2f s", time.monotonic() - t0)
            self.startup_seconds = time.monotonic() - t0
            return self.info
        except BaseException:
            self.stop()
            raise

    # --- bots: demo users online through slixmpp, on an event loop in a thread ---

    def _start_bots(self):
        from xmpp_bot import Bot
        self._loop = asyncio.new_event_loop()
        self._loop_thread = threading.Thread(target=self._loop.run_forever, name="sandbox-bots", daemon=True)
        self._loop_thread.start()

        async def connect_all():
            bots = []
            for i, name in enumerate(self.user_names[: self.bots]):
                bot = Bot("%s@%s" % (name, DOMAIN), self.demo_password, "127.0.0.1", self.ports["c2s"],
                          self._bot_event, resource=RESOURCES[i % len(RESOURCES)])
                bot.start()
                bots.append(bot)
            for bot in bots:
                done, _ = await asyncio.wait([asyncio.ensure_future(bot.online.wait()),
                                              asyncio.ensure_future(bot.finished.wait())],
                                             timeout=20, return_when=asyncio.FIRST_COMPLETED)
                if not bot.online.is_set():
                    raise SandboxError("bot %s did not come online" % bot.boundjid.bare)
            return bots

        self._bots = asyncio.run_coroutine_threadsafe(connect_all(), self._loop).result(timeout=40)
        self.info["bots"] = [{"jid": str(bot.boundjid)} for bot in self._bots]

    def _bot_event(self, event):
        log.debug("bot event: %s", event)

    def _stop_bots(self):
        if not self._loop:
            return
        if self._bots:
            async def stop_all():
                await asyncio.gather(*(bot.stop(timeout=3) for bot in self._bots), return_exceptions=True)
            try:
                asyncio.run_coroutine_threadsafe(stop_all(), self._loop).result(timeout=10)
            except Exception as exc:
                log.warning("stopping bots: %s", exc)
        async def cancel_rest():
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            asyncio.run_coroutine_threadsafe(cancel_rest(), self._loop).result(timeout=5)
        except Exception as exc:
            log.warning("cancelling bot tasks: %s", exc)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._loop_thread:
            self._loop_thread.join(timeout=5)
        if not self._loop.is_running():
            self._loop.close()
        self._loop = None
        self._bots = []

    # --- tear-down ---

    def _kill_prosody(self):
        proc = self.proc
        if proc and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self.proc = None
        if getattr(self, "prosody_log", None):
            self.prosody_log.close()
            self.prosody_log = None

    def stop(self):
        if self._stopped:
            return
        self._stopped = True
        try:
            self._stop_bots()
        finally:
            self._kill_prosody()
            if self.store and not self.keep:
                try:
                    self.store.drop()
                except RuntimeError as exc:
                    log.warning("dropping the sandbox's database: %s", exc)
            if self.dir and not self.keep:
                shutil.rmtree(self.dir, ignore_errors=True)
            elif self.dir:
                log.warning("kept %s", self.dir)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def parse_cert_host(spec):
    """--cert-host HOST=FROM:UNTIL[:NAME,...] -> (HOST, (FROM, UNTIL, [NAME, ...]))"""
    host, _, validity = spec.partition("=")
    parts = validity.split(":")
    if not host or len(parts) not in (2, 3):
        raise SystemExit("sandbox: --cert-host wants HOST=FROM:UNTIL[:NAME,...], not %r" % spec)
    names = parts[2].split(",") if len(parts) == 3 and parts[2] else [host]
    return host, (float(parts[0]), float(parts[1]), names)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50, help="demo users (default 50)")
    parser.add_argument("--bots", type=int, default=3, help="demo users kept online (default 3)")
    parser.add_argument("--no-offline", action="store_true", help="disable mod_offline")
    parser.add_argument("--emulate", choices=["current", "classic"], default=os.environ.get("PAC_EMULATE") or None,
                        help="make admin_rest answer like a published version (default: $PAC_EMULATE, else ours)")
    parser.add_argument("--https", action="store_true", help="also serve https with a self-signed certificate")
    parser.add_argument("--whitelist", nargs="+", metavar="ADDR", help="admin_rest_whitelist addresses")
    parser.add_argument("--allow-wipe", action="store_true", help="admin_rest_allow_wipe = true (DELETE /data, /certs)")
    parser.add_argument("--grace-period", type=int, metavar="SECONDS",
                        help="registration_delete_grace_period (Prosody 13: deleted accounts stay restorable)")
    parser.add_argument("--base", default="/admin_rest", help="admin_rest_base (default /admin_rest)")
    parser.add_argument("--prosody", metavar="0.12|13|PATH",
                        help="the Prosody to run: Debian's 0.12 (default, or $PAC_PROSODY), 13 as built by "
                             "scripts/prosody13.sh, or a launcher's path")
    parser.add_argument("--host-admins", action="store_true",
                        help="hostadmin@<each VirtualHost>, an administrator of that host only")
    parser.add_argument("--storage", choices=STORAGES, default=None,
                        help="where Prosody keeps its data: files (internal, default or $PAC_STORAGE), an SQLite "
                             "file, or a throwaway PostgreSQL cluster's database")
    parser.add_argument("--s2s-domain", metavar="DOMAIN", help="one more VirtualHost, served to other servers (s2s)")
    parser.add_argument("--s2s-port", type=int, metavar="PORT", help="its s2s port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--s2s-peer", action="append", default=[], metavar="DOMAIN=PORT",
                        help="reach that domain's server at that port on 127.0.0.1 (no DNS); repeatable")
    parser.add_argument("--cert-host", action="append", default=[], metavar="HOST=FROM:UNTIL[:NAME,...]",
                        help="one more VirtualHost with a certificate of its own, valid from FROM until UNTIL days "
                             "from now (negative: in the past) for the DNS names NAME,... (default HOST); "
                             "repeatable (expired or mismatched certificates for the certificates pane)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--debug", action="store_true", help="Prosody debug log, verbose stderr")
    parser.add_argument("--count-password-checks", action="store_true",
                        help="log each password check (\"Password checked for <jid>\"), for tests of signing in once")
    parser.add_argument("--bench-routes", action="store_true",
                        help="the benchmarks' routes: GET /sandbox_password_hash?iterations=N&count=M times M "
                             "password hashes in the server's own process; GET /sandbox_memory collects Lua's "
                             "garbage fully")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_arguments(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if args.debug else logging.INFO,
                        format="sandbox: %(message)s")
    if not args.debug:
        logging.getLogger("slixmpp").setLevel(logging.WARNING)

    stop_event = threading.Event()

    def on_signal(signum, _frame):
        stop_event.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    sandbox = Sandbox(users=args.users, bots=args.bots, offline=not args.no_offline, emulate=args.emulate,
                      https=args.https, whitelist=args.whitelist, allow_wipe=args.allow_wipe, keep=args.keep,
                      grace_period=args.grace_period,
                      debug_log=args.debug, base=args.base, prosody=args.prosody, host_admins=args.host_admins,
                      storage=args.storage, s2s_domain=args.s2s_domain, s2s_port=args.s2s_port,
                      s2s_peers={d: int(p) for d, _, p in (peer.partition("=") for peer in args.s2s_peer)},
                      cert_hosts=dict(parse_cert_host(spec) for spec in args.cert_host),
                      extra_modules=(["sandbox_password_checks"] if args.count_password_checks else [])
                      + (["sandbox_password_hash", "sandbox_memory"] if args.bench_routes else []))
    try:
        info = sandbox.start()
        sys.stdout.write(json.dumps(info) + "\n")
        sys.stdout.flush()

        def stdin_watch():
            # os.read: a daemon thread blocked in sys.stdin's buffered reader would
            # abort the interpreter at exit.
            try:
                while os.read(0, 4096):
                    pass
            except OSError:
                pass
            stop_event.set()

        threading.Thread(target=stdin_watch, daemon=True).start()
        while not stop_event.is_set():
            stop_event.wait(0.5)
            if sandbox.proc is None or sandbox.proc.poll() is not None:
                log.error("prosody exited on its own")
                break
        return 0
    except SandboxError as exc:
        log.error("%s", exc)
        return 1
    finally:
        sandbox.stop()


if __name__ == "__main__":
    sys.exit(main())
