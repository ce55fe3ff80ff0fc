#!/usr/bin/python3
"""The 100,000-user host on each storage backend (issue 19): how long the sandbox takes to write
the accounts through Prosody, our paged listing's first and later pages, the last-activity
listing's, the whole GET /all-users the console's users pane loads and, with bench_users, the
console's parse and model of that body. One line of JSON per backend on stdout.

    /usr/bin/python3 bench/storage_big.py --build build/bench [--users 100000] [--storage internal postgres]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "server"))

from sandbox import Sandbox  # noqa: E402


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


def measure(storage, users, build, work):
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
        body = os.path.join(work, "all-users-%s.json" % storage)
        result["all_users_fetch_seconds"] = [fetch(sb, "/all-users", body) for _ in range(3)]
        result["all_users_bytes"] = os.path.getsize(body)
    finally:
        sb.stop()
    if build:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([os.path.join(build, "bench", "bench_users"), "--body", body, "--repeat", "5"],
                             capture_output=True, text=True, env=env, check=True).stdout
        users_bench = json.loads(out.strip().splitlines()[-1])
        result["parse_and_model_ms"] = {k: v for k, v in users_bench.items() if "parse" in k or "model" in k}
    log(json.dumps(result))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", help="a build with bench/bench_users (bench/run.sh's build/bench)")
    parser.add_argument("--users", type=int, default=100000)
    parser.add_argument("--storage", nargs="+", default=["internal", "postgres"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pac-bench-") as work:
        for storage in args.storage:
            print(json.dumps(measure(storage, args.users, args.build, work)), flush=True)


if __name__ == "__main__":
    main()
