#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The 100,000-user host on each storage backend (issue 19): how long the sandbox takes to write
the accounts through Prosody, our paged listing's first and later pages, the last-activity
listing's, and what the console's users pane asks our module for when it loads: every
registered-users page and every last-activity page of 1,000, one after the other (its
UsersPane::loadRegisteredPage / loadActivityPage). One line of JSON per backend on stdout;
--out writes item 6 of BENCHMARKS.md.

    /usr/bin/python3 bench/storage_big.py [--users 100000] [--storage internal postgres] [--out BENCHMARKS.md]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "server"))

from sandbox import Sandbox  # noqa: E402

# What limits each row (from the module's code and Prosody's; see BENCHMARKS.md item 6).
LIMIT_START = ("one `store:set` per record in `prosodyctl mod_sandbox_data`: files, one file each; PostgreSQL, a "
               "transaction of several statements through LuaDBI each (DELETE, an INSERT per field, COMMIT), one "
               "round trip apiece: 8 writer processes at once hide part of that latency")
LIMIT_FIRST = ("listing the accounts (`usermanager.users()`: a directory scan, or one SELECT of every name) and "
               "sorting them in Lua, kept for later pages; then the page's 1,000 role lookups (next row)")
LIMIT_LATER = ("the page's 1,000 role lookups (0.12: `usermanager.get_roles` reads the `roles` store): files, an "
               "open that finds no file; PostgreSQL, one SELECT each from Prosody's single Lua thread, a round trip "
               "that waits for the database. What would lower it: one query for the role holders (the `roles` "
               "store as a map, `get_all(\"prosody:admin\")`) instead of one per user")
LIMIT_ACTIVITY = ("per listed user up to three records (the module's own, `mod_account_activity`'s, "
                  "`mod_lastlog2`'s): files, opens that mostly find nothing; PostgreSQL, a SELECT each")
LIMIT_ACTIVITY_LATER = "the same per-user reads; the sorted list is cached"
LIMIT_PANE = ("100 pages one after the other (the pane asks for the next page when one arrives): 100 × a later page. "
              "The console's own parse and model of 100,000 users is item 2's (the same rows whatever the storage)")
LIMIT_PANE_ACTIVITY = "100 × a later last-activity page"


def log(*args):
    print("bench:", *args, file=sys.stderr, flush=True)


def fetch(sb, path, output="/dev/null"):
    auth = "%s:%s" % (sb.info["jid"], sb.info["password"])
    result = subprocess.run(["curl", "-s", "-f", "-o", output, "-w", "%{time_total}", "-u", auth, sb.info["url"] + path],
                            capture_output=True, text=True, check=True)
    return float(result.stdout)


def pages(sb, route, later=5):
    """The first page (the module builds and caches the sorted JID list) and later ones."""
    first = fetch(sb, "/%s?offset=0&limit=1000" % route)
    rest = [fetch(sb, "/%s?offset=%d&limit=1000" % (route, 1000 * (r * 17 + 3))) for r in range(later)]
    return {"first": first, "later": rest, "later_median": statistics.median(rest)}


def whole_listing(sb, route, total):
    """Every 1,000-user page of route, one after the other, as the users pane loads them."""
    return sum(fetch(sb, "/%s?offset=%d&limit=1000" % (route, offset)) for offset in range(0, total, 1000))


def measure(storage, users):
    log("%s: starting a sandbox with %d users" % (storage, users))
    t0 = time.monotonic()
    sb = Sandbox(users=users, bots=0, storage=storage)
    sb.start()
    result = {"storage": storage, "users": users, "start_seconds": time.monotonic() - t0}
    try:
        result["registered_users"] = pages(sb, "registered-users")
        # Its first page reuses the sorted list the module cached (admin_rest_user_list_ttl) and reads
        # each listed user's activity records.
        result["last_activity"] = pages(sb, "last-activity")
        total = users + 2
        result["pane_registered_seconds"] = whole_listing(sb, "registered-users", total)
        result["pane_activity_seconds"] = whole_listing(sb, "last-activity", total)
    finally:
        sb.stop()
    log(json.dumps(result))
    return result


LABELS = {"internal": "files (internal)", "sqlite": "SQLite", "postgres": "PostgreSQL"}


def section(results, started, load_before, load_after, notes=()):
    """Item 6 of BENCHMARKS.md (bench/report.py keeps it when it rewrites the other items)."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    cols = [LABELS[r["storage"]] for r in results]
    lines = ["## 6. The 100,000-user host on PostgreSQL", "",
             "Written by `bench/storage_big.py` (run %s at commit %s; load average %s before, %s after). "
             "One sandbox of %d demo users (plus admin and visitor) per storage, Prosody 0.12, one after the other in "
             "the same run, so the columns compare; the files column repeats item 2's measures under this run's "
             "conditions. Times in seconds (curl `time_total`), later pages the median of 5."
             % (started, commit, " ".join(load_before), " ".join(load_after), results[0]["users"]), "",
             "| measure | " + " | ".join(cols) + " | what limits it |",
             "|---" * (len(cols) + 2) + "|"]

    def row(name, values, limit):
        lines.append("| %s | %s | %s |" % (name, " | ".join(values), limit))

    def each(get, fmt="%.3f"):
        return [fmt % get(r) if get(r) is not None else "—" for r in results]
    row("sandbox start: the accounts, rosters and activity records written through Prosody, then started",
        each(lambda r: r["start_seconds"], "%.1f"), LIMIT_START)
    row("`GET /registered-users?limit=1000`, first page", each(lambda r: r["registered_users"]["first"]),
        LIMIT_FIRST)
    row("later 1,000-user pages", each(lambda r: r["registered_users"]["later_median"]), LIMIT_LATER)
    row("`GET /last-activity?limit=1000`, first page (list cached)", each(lambda r: r["last_activity"]["first"]),
        LIMIT_ACTIVITY)
    row("later last-activity pages", each(lambda r: r["last_activity"]["later_median"]), LIMIT_ACTIVITY_LATER)
    row("the users pane's load: every registered-users page, one after the other",
        each(lambda r: r["pane_registered_seconds"], "%.1f"), LIMIT_PANE)
    row("… and every last-activity page", each(lambda r: r["pane_activity_seconds"], "%.1f"), LIMIT_PANE_ACTIVITY)
    lines.append("")
    for note in notes:
        lines += [note, ""]
    return "\n".join(lines)


def write_section(path, text):
    with open(path) as f:
        report = f.read()
    heading = text.split("\n", 1)[0]
    start = report.find(heading + "\n")
    if start >= 0:
        end = report.find("\n## ", start + len(heading))
        report = report[:start] + text + (report[end + 1:] if end >= 0 else "")
    else:
        limits = report.find("## Limits")
        report = report[:limits] + text + "\n" + report[limits:] if limits >= 0 else report + "\n" + text
    with open(path, "w") as f:
        f.write(report)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=100000)
    parser.add_argument("--storage", nargs="+", default=["internal", "postgres"])
    parser.add_argument("--out", help="write item 6 into this report (BENCHMARKS.md)")
    parser.add_argument("--note", action="append", default=[], help="a paragraph for the report about this run")
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = open("/proc/loadavg").read().split()[:3]
    results = []
    for storage in args.storage:
        results.append(measure(storage, args.users))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        write_section(args.out, section(results, started, load_before, open("/proc/loadavg").read().split()[:3],
                                           args.note))


if __name__ == "__main__":
    main()
