# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Where a sandbox's Prosody keeps its data (sandbox.py --storage): files in its data directory
(internal), an SQLite file in its folder (sqlite), or a database of its own in the process's
throwaway PostgreSQL cluster (postgres, pg_cluster.py); and every stored record read back for
the tests, whatever the store.
"""

import hashlib
import json
import os
import sqlite3
import urllib.parse

import pg_cluster

STORAGES = ("internal", "sqlite", "postgres")

# Every row of mod_storage_sql's two tables (keyval and map stores; archives such as offline messages)
SQL_ROWS = ('SELECT \'k\', "host", "store", "user", "key", "type", "value" FROM "prosody" UNION ALL '
            'SELECT \'a\', "host", "store", "user", "key", "with" || "when", "value" FROM "prosodyarchive"')


class SandboxStorage:
    def __init__(self, kind, folder):
        if kind not in STORAGES:
            raise ValueError("unknown storage %r (one of %s)" % (kind, ", ".join(STORAGES)))
        self.kind, self.folder = kind, folder
        self.cluster = self.database = None

    def prepare(self, cluster_root):
        """For postgres: the process's cluster (started on first use) and a fresh database."""
        if self.kind == "postgres":
            self.cluster = pg_cluster.shared_cluster(cluster_root)
            self.database = self.cluster.create_database()

    def config_lines(self):
        q = json.dumps
        if self.kind == "sqlite":
            return ["storage = \"sql\"",
                    "sql = { driver = \"SQLite3\", database = %s }" % q(os.path.join(self.folder, "prosody.sqlite"))]
        if self.kind == "postgres":
            return ["storage = \"sql\"",
                    "sql = { driver = \"PostgreSQL\", database = %s, host = %s, username = %s }"
                    % (q(self.database), q(self.cluster.socket_dir), q(pg_cluster.SUPERUSER))]
        return []

    def drop(self):
        """Drops the sandbox's PostgreSQL database (the cluster stays for the process's next sandbox)."""
        if self.database:
            self.cluster.drop_database(self.database)
            self.database = None

    def records(self):
        """{(host, store, user or None): sha1 of its data}. Files: one per data file; SQL: a
        store's rows of one user."""
        if self.kind == "internal":
            return self._file_records()
        if self.kind == "sqlite":
            with sqlite3.connect(os.path.join(self.folder, "prosody.sqlite")) as db:
                # Bytes that are not UTF-8 are compared as they are, not an error of the reader.
                db.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
                rows = list(db.execute(SQL_ROWS))
        else:
            rows = self.cluster.rows(SQL_ROWS, self.database)
        grouped = {}
        for row in sorted(tuple("" if c is None else str(c) for c in row) for row in rows):
            grouped.setdefault((row[1], row[2], row[3] or None), []).append(row)
        return {key: hashlib.sha1(repr(value).encode()).hexdigest() for key, value in grouped.items()}

    def _file_records(self):
        data, found = os.path.join(self.folder, "data"), {}
        for root, _, names in os.walk(data):
            for name in names:
                parts = [urllib.parse.unquote(p) for p in os.path.relpath(os.path.join(root, name), data).split(os.sep)]
                stem = os.path.splitext(parts[-1])[0]
                key = (parts[0], parts[1], stem) if len(parts) == 3 else (parts[0], stem, None)
                with open(os.path.join(root, name), "rb") as f:
                    found[key] = hashlib.sha1(f.read()).hexdigest()
        return found
