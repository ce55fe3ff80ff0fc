# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""A throwaway PostgreSQL cluster for sandboxes with storage "postgres": initdb into a temporary
folder, the server listening only on a unix socket in that folder (no TCP port), stopped and the
folder removed by stop(). Never the system's service: Debian's own cluster is neither needed nor
started. PostgreSQL refuses to run as root, so when run as root the cluster belongs to the
`postgres` system user that Debian's package creates (PAC_PG_USER names another).

One cluster serves every sandbox of a process (shared_cluster()), each sandbox with a database of
its own (create_database / drop_database).
"""

import atexit
import ctypes
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid

SUPERUSER = "postgres"


def _bin_dir():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    if not dirs:
        raise RuntimeError("PostgreSQL is not installed (apt install postgresql)")
    return dirs[-1]


class PgCluster:
    def __init__(self, root=None):
        self.bin = _bin_dir()
        self.owner = None
        if os.geteuid() == 0:
            self.owner = pwd.getpwnam(os.environ.get("PAC_PG_USER") or "postgres")
        self.dir = tempfile.mkdtemp(prefix="pac-postgres-", dir=root)
        self.data = os.path.join(self.dir, "data")
        self.socket_dir = self.dir
        self.proc = None
        self._connections = {}
        if self.owner:
            os.chown(self.dir, self.owner.pw_uid, self.owner.pw_gid)

    def _as_owner(self, die_with_parent=False):
        owner = self.owner

        def preexec():
            if owner:
                os.setgroups([])
                os.setgid(owner.pw_gid)
                os.setuid(owner.pw_uid)
            if die_with_parent:  # after the uid change, which clears it
                ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        return preexec

    def _run(self, program, *args):
        env = dict(os.environ, LC_ALL="C.UTF-8")
        if self.owner:
            env["HOME"] = self.owner.pw_dir
        result = subprocess.run([os.path.join(self.bin, program)] + list(args), cwd=self.dir, env=env,
                                preexec_fn=self._as_owner(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            raise RuntimeError("%s failed: %s" % (program, result.stdout.strip()))
        return result.stdout

    def start(self, timeout=30):
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync",
                  "--no-instructions")
        log = open(os.path.join(self.dir, "postgres.log"), "ab")
        # A test database: no TCP, no durability (fsync off), the socket in our folder.
        self.proc = subprocess.Popen(
            [os.path.join(self.bin, "postgres"), "-D", self.data, "-k", self.socket_dir, "-c", "listen_addresses=",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=200", "-c", "shared_buffers=64MB"],
            cwd=self.dir, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            preexec_fn=self._as_owner(die_with_parent=True))
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if subprocess.run([os.path.join(self.bin, "pg_isready"), "-q", "-h", self.socket_dir],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("PostgreSQL did not start")

    def psql(self, sql, database="postgres"):
        return self._run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.socket_dir,
                         "-U", SUPERUSER, "-d", database, "-c", sql)

    def rows(self, sql, database):
        """A query's rows, over one connection per database kept open (psycopg2): the tests
        snapshot the store many times."""
        import psycopg2  # python3-psycopg2, only the tests need it
        conn = self._connections.get(database)
        if conn is None:
            conn = psycopg2.connect(host=self.socket_dir, user=SUPERUSER, dbname=database)
            conn.autocommit = True
            self._connections[database] = conn
        with conn.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()

    def create_database(self):
        name = "sandbox_" + uuid.uuid4().hex[:12]
        self.psql('CREATE DATABASE "%s"' % name)
        return name

    def drop_database(self, name):
        conn = self._connections.pop(name, None)
        if conn is not None:
            conn.close()
        if self.proc and self.proc.poll() is None:
            self.psql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)

    def stop(self):
        proc, self.proc = self.proc, None
        if proc and proc.poll() is None:
            proc.send_signal(signal.SIGQUIT)  # immediate shutdown: the data goes anyway
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        shutil.rmtree(self.dir, ignore_errors=True)


_shared = None
_shared_lock = threading.Lock()


def shared_cluster(root=None):
    """The process's cluster, started on first use and stopped when the process exits."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.proc is None or _shared.proc.poll() is not None:
            _shared = PgCluster(root).start()
            atexit.register(_shared.stop)
        return _shared
