#!/usr/bin/python3
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

LIMIT_START = "TBD"
LIMIT_FIRST = "TBD"
LIMIT_LATER = "TBD"
LIMIT_ACTIVITY = "TBD"
LIMIT_ACTIVITY_LATER = "TBD"
LIMIT_PANE = "TBD"
LIMIT_PANE_ACTIVITY = "TBD"


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


def section(results, started, load_before, load_after):
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
    return "\n".join(lines) + "\n"


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
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = open("/proc/loadavg").read().split()[:3]
    results = []
    for storage in args.storage:
        results.append(measure(storage, args.users))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        write_section(args.out, section(results, started, load_before, open("/proc/loadavg").read().split()[:3]))


if __name__ == "__main__":
    main()
