"""The sandbox's demo data, written straight into Prosody's data files (datamanager format)
before Prosody starts: accounts, rosters, groups (in mod_admin_rest's own store) and
last-activity records. Used by sandbox.py; the tests use write_store to change a record.
"""

import hashlib
import hmac
import os
import secrets
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


def encode(s):
    """Prosody datamanager's file name encoding: every non-alphanumeric byte as %xx."""
    return "".join(c if c.isascii() and c.isalnum() else "".join("%%%02x" % b for b in c.encode()) for c in s)


def lua(value, indent="\t"):
    """value as a Lua literal (booleans, numbers, strings, dicts)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            key = "[false]" if k is False else "[%s]" % lua(k)
            parts.append("%s%s = %s;" % (indent, key, lua(v, indent + "\t")))
        return "{\n" + "\n".join(parts) + "\n" + indent[:-1] + "}"
    raise TypeError(value)


def write_store(data_dir, host, store, user, value):
    """A keyval store's record of user on host (user None: the host-wide record)."""
    directory = os.path.join(data_dir, encode(host))
    if user is not None:
        directory = os.path.join(directory, store)
    os.makedirs(directory, exist_ok=True)
    name = (encode(user) if user is not None else store) + ".dat"
    with open(os.path.join(directory, name), "w") as f:
        f.write("return " + lua(value) + ";\n")


def scram_account(password, salt=None, iterations=ITERATIONS):
    """An internal_hashed account record (SCRAM-SHA-1), as Prosody 0.12 stores it."""
    salt = salt or str(uuid.uuid4())
    salted = hashlib.pbkdf2_hmac("sha1", password.encode(), salt.encode(), iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha1).digest()
    stored_key = hashlib.sha1(client_key).hexdigest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha1).hexdigest()
    return {"iteration_count": iterations, "salt": salt, "stored_key": stored_key, "server_key": server_key}


def write_accounts(data_dir, host, names, password):
    """Writes many accounts fast: they share one salted hash (it is a sandbox)."""
    record = b"return " + lua(scram_account(password)).encode() + b";\n"
    directory = os.path.join(data_dir, encode(host), "accounts")
    os.makedirs(directory, exist_ok=True)
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        for name in names:
            fd = os.open(encode(name) + ".dat", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600, dir_fd=dir_fd)
            try:
                os.write(fd, record)
            finally:
                os.close(fd)
    finally:
        os.close(dir_fd)


def write_rosters(data_dir, host, rosters, manual):
    """rosters: {user: {contact_jid: set(groups)}}, all subscriptions "both". Items not in
    manual (a set of (user, contact_jid)) carry mod_admin_rest's mark of group-made items."""
    for user, contacts in rosters.items():
        roster = {False: {"version": 1, "pending": {}}}
        for contact, groups in sorted(contacts.items()):
            item = {"subscription": "both", "groups": {g: True for g in sorted(groups)}}
            if groups and (user, contact) not in manual:
                item["admin_rest_group_item"] = True
            roster[contact] = item
        write_store(data_dir, host, "roster", user, roster)


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
    """Writes the demo data into data_dir; its attributes say what it wrote (the passwords,
    users, groups, host admins and last-activity times the sandbox reports)."""

    def __init__(self, data_dir, users, host_admins=False):
        self.data_dir = data_dir
        self.password = secrets.token_urlsafe(12)
        self.demo_password = secrets.token_urlsafe(9)
        self.nonadmin_password = secrets.token_urlsafe(9)
        self.user_names = demo_user_names(users)
        self.host_admin_accounts = []
        self.groups = []
        self.last_activity = {}
        self.activity_since = None
        self._write_accounts(host_admins)
        self._write_rosters_and_groups()
        self._write_activity()

    def _write_accounts(self, host_admins):
        write_accounts(self.data_dir, DOMAIN, [ADMIN], self.password)
        write_accounts(self.data_dir, DOMAIN, [NONADMIN], self.nonadmin_password)
        write_accounts(self.data_dir, DOMAIN, self.user_names, self.demo_password)
        if host_admins:
            for domain in (DOMAIN, SECOND_DOMAIN):
                password = secrets.token_urlsafe(9)
                write_accounts(self.data_dir, domain, [HOST_ADMIN], password)
                self.host_admin_accounts.append({"jid": "%s@%s" % (HOST_ADMIN, domain), "password": password,
                                                 "host": domain})

    def _write_rosters_and_groups(self):
        """A ring of contacts, and groups Staff and Support (mutual contacts too) in
        mod_admin_rest's own group store."""
        rosters = DemoRosters()
        rosters.ring(self.user_names)
        for gid, gname, members in DEMO_GROUPS:
            members = self.user_names[members]
            if members:
                rosters.group(gname, members)
                self.groups.append({"id": gid, "name": gname, "members": list(members)})
        write_rosters(self.data_dir, DOMAIN, rosters.rosters, rosters.manual)
        write_store(self.data_dir, DOMAIN, "admin_rest_groups", None,
                    {g["id"]: {"name": g["name"], "members": {m: True for m in g["members"]}} for g in self.groups})

    def _write_activity(self):
        """mod_admin_rest's last-activity records, so that accounts look idle for a while: the
        first 200 demo users were last seen 3, 6, 9, ... days ago (the bots then log in)."""
        now = int(time.time())
        self.activity_since = now - 400 * 86400
        for i, name in enumerate(self.user_names[:RING_USERS]):
            self.last_activity[name] = now - (i + 1) * 3 * 86400
            write_store(self.data_dir, DOMAIN, "admin_rest_activity", name, {"logout": self.last_activity[name]})
        write_store(self.data_dir, DOMAIN, "admin_rest_activity", None, {"since": self.activity_since})
