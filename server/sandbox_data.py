# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The sandbox's demo data (accounts, rosters, groups in mod_admin_rest's own store and
last-activity records), written through Prosody's storage layer by mod_sandbox_data before
Prosody starts, so that it lands in whichever store the sandbox uses. Used by sandbox.py; the
tests change a record with Sandbox.write_store.
"""

import hashlib
import hmac
import json
import os
import secrets
import subprocess
import tempfile
import time
import uuid

DOMAIN = "sandbox.localhost"
SECOND_DOMAIN = "second.localhost"
ADMIN = "admin"
NONADMIN = "visitor"
HOST_ADMIN = "hostadmin"  # with host_admins: an administrator of its own VirtualHost only
ITERATIONS = 4096  # SCRAM iteration count for the accounts written here (Prosody's minimum is 4096)

DEMO_NAMES = [
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
    "karl", "laura", "mallory", "niaj", "olivia", "peggy", "quentin", "rupert", "sybil", "trent",
    "ursula", "victor", "walter", "xavier", "yvonne", "zoe", "aaron", "bianca", "cedric", "daphne",
    "edgar", "fiona", "gordon", "hannah", "isaac", "jasmine", "kevin", "lucy", "marcus", "nora",
    "oscar", "paula", "quinn", "rosa", "simon", "tina", "umar", "vera", "wendy", "yusuf",
]
DEMO_GROUPS = (("staff", "Staff", slice(0, 4)), ("support", "Support", slice(3, 7)))
RING_USERS = 200  # the first demo users with contacts and last-activity records


def demo_user_names(count):
    names = DEMO_NAMES[:count]
    names += ["user%03d" % i for i in range(len(names) + 1, count + 1)]
    return names


class Records:
    """Records for mod_sandbox_data (server/sandbox_modules/mod_sandbox_data/), which sets each through Prosody's
    storage layer: the JSON document its module.command reads."""

    def __init__(self):
        self.accounts, self.rosters, self.keyval = [], [], []

    def account(self, host, names, password):
        """Many accounts fast: they share one salted hash (it is a sandbox)."""
        self.accounts.append({"host": host, "names": list(names), "record": scram_account(password)})

    def roster(self, host, user, items):
        self.rosters.append({"host": host, "user": user, "items": items})

    def store(self, host, store, user, value):
        """A keyval store's record of user on host (user None: the host-wide record)."""
        record = {"host": host, "store": store, "value": value}
        if user is not None:
            record["user"] = user
        self.keyval.append(record)

    def document(self):
        return {"accounts": self.accounts, "rosters": self.rosters, "keyval": self.keyval}

    def split(self, parts):
        """The document as up to parts documents, the accounts shared out (2,000 at least in each)."""
        parts = max(1, min(parts, sum(len(a["names"]) for a in self.accounts) // 2000))
        documents = [{"accounts": [], "rosters": [], "keyval": []} for _ in range(parts)]
        documents[0].update(rosters=self.rosters, keyval=self.keyval)
        for accounts in self.accounts:
            for i, document in enumerate(documents):
                if accounts["names"][i::parts]:
                    document["accounts"].append(dict(accounts, names=accounts["names"][i::parts]))
        return documents


def write_through_prosody(prosodyctl, config_file, records, folder, processes=1):
    """Sets every record with `prosodyctl --config <config> mod_sandbox_data <file>`: one process,
    or with processes > 1 the accounts shared out among that many at once (each record is a round
    trip or more to a database server: several in flight hide the latency)."""
    documents = records.split(processes)
    paths = []
    try:
        for document in documents:
            fd, path = tempfile.mkstemp(prefix="records-", suffix=".json", dir=folder)
            paths.append(path)
            with os.fdopen(fd, "w") as f:
                json.dump(document, f)
        runs = [subprocess.Popen([prosodyctl, "--config", config_file, "mod_sandbox_data", path], cwd=folder,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                for path in paths]
        failures = [out for run in runs for out, _ in [run.communicate()] if run.returncode != 0]
        if failures:
            raise RuntimeError("prosodyctl mod_sandbox_data failed: " + failures[0].strip())
    finally:
        for path in paths:
            os.unlink(path)


def scram_account(password, salt=None, iterations=ITERATIONS):
    """An internal_hashed account record (SCRAM-SHA-1), as Prosody 0.12 stores it."""
    salt = salt or str(uuid.uuid4())
    salted = hashlib.pbkdf2_hmac("sha1", password.encode(), salt.encode(), iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha1).digest()
    stored_key = hashlib.sha1(client_key).hexdigest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha1).hexdigest()
    return {"iteration_count": iterations, "salt": salt, "stored_key": stored_key, "server_key": server_key}


def add_rosters(records, host, rosters, manual):
    """rosters: {user: {contact_jid: set(groups)}}, all subscriptions "both". Items not in
    manual (a set of (user, contact_jid)) carry mod_admin_rest's mark of group-made items."""
    for user, contacts in rosters.items():
        items = {}
        for contact, groups in sorted(contacts.items()):
            item = {"subscription": "both", "groups": {g: True for g in sorted(groups)}}
            if groups and (user, contact) not in manual:
                item["admin_rest_group_item"] = True
            items[contact] = item
        records.roster(host, user, items)


class DemoRosters:
    """Mutual roster items of DOMAIN's demo users, made by hand or by a group."""

    def __init__(self):
        self.rosters = {}  # user -> {contact_jid: set(group names)}
        self.manual = set()  # (user, contact_jid) added by hand

    def link(self, a, b, group=None):
        for x, y in ((a, b), (b, a)):
            contact = "%s@%s" % (y, DOMAIN)
            groups = self.rosters.setdefault(x, {}).setdefault(contact, set())
            if group:
                groups.add(group)
            else:
                self.manual.add((x, contact))

    def ring(self, names):
        """Everyone knows the next two people, so that rosters look lived in."""
        if len(names) < 2:
            return
        for i, name in enumerate(names[:RING_USERS]):
            for step in (1, 2):
                other = names[(i + step) % len(names)]
                if other != name:
                    self.link(name, other)

    def group(self, name, members):
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                self.link(a, b, name)


class DemoData:
    """The demo data as Records; its attributes say what it holds (the passwords, users, groups,
    host admins and last-activity times the sandbox reports)."""

    def __init__(self, users, host_admins=False):
        self.records = Records()
        self.password = secrets.token_urlsafe(12)
        self.demo_password = secrets.token_urlsafe(9)
        self.nonadmin_password = secrets.token_urlsafe(9)
        self.user_names = demo_user_names(users)
        self.host_admin_accounts = []
        self.groups = []
        self.last_activity = {}
        self.activity_since = None
        self._add_accounts(host_admins)
        self._add_rosters_and_groups()
        self._add_activity()

    def _add_accounts(self, host_admins):
        self.records.account(DOMAIN, [ADMIN], self.password)
        self.records.account(DOMAIN, [NONADMIN], self.nonadmin_password)
        self.records.account(DOMAIN, self.user_names, self.demo_password)
        if host_admins:
            for domain in (DOMAIN, SECOND_DOMAIN):
                password = secrets.token_urlsafe(9)
                self.records.account(domain, [HOST_ADMIN], password)
                self.host_admin_accounts.append({"jid": "%s@%s" % (HOST_ADMIN, domain), "password": password,
                                                 "host": domain})

    def _add_rosters_and_groups(self):
        """A ring of contacts, and groups Staff and Support (mutual contacts too) in
        mod_admin_rest's own group store."""
        rosters = DemoRosters()
        rosters.ring(self.user_names)
        for gid, gname, members in DEMO_GROUPS:
            members = self.user_names[members]
            if members:
                rosters.group(gname, members)
                self.groups.append({"id": gid, "name": gname, "members": list(members)})
        add_rosters(self.records, DOMAIN, rosters.rosters, rosters.manual)
        self.records.store(DOMAIN, "admin_rest_groups", None,
                           {g["id"]: {"name": g["name"], "members": {m: True for m in g["members"]}}
                            for g in self.groups})

    def _add_activity(self):
        """mod_admin_rest's last-activity records, so that accounts look idle for a while: the
        first 200 demo users were last seen 3, 6, 9, ... days ago (the bots then log in)."""
        now = int(time.time())
        self.activity_since = now - 400 * 86400
        for i, name in enumerate(self.user_names[:RING_USERS]):
            self.last_activity[name] = now - (i + 1) * 3 * 86400
            self.records.store(DOMAIN, "admin_rest_activity", name, {"logout": self.last_activity[name]})
        self.records.store(DOMAIN, "admin_rest_activity", None, {"since": self.activity_since})
