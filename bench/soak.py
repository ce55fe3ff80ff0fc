#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""The console over time (issue 18): the console (bench_soak, the console as main.cpp builds it) on a
sandbox Prosody 0.12 with 10,000 users and 3 bots, the dashboard shown, auto-refresh every second, for
--minutes. bench_soak prints a sample every --sample seconds: resident memory, open file descriptors,
live QObjects, the longest event-loop gap. The verdict compares the samples after --warmup minutes:
the median of their last third against the median of their first third.

    /usr/bin/python3 bench/soak.py --build build/ci [--minutes 30] [--sample 30] [--out BENCHMARKS.md]
    /usr/bin/python3 bench/soak.py --build build/ci --minutes 3 --sample 10 --warmup 1   # a quick check

--out replaces the "Soak" section of BENCHMARKS.md (or appends it). Needs bench_soak built
(-DPAC_BUILD_BENCH=ON; ninja -C <build> bench_soak).
"""

import argparse
import datetime
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

HEADING = "## Soak: the console over time (issue 18)"
# Growth after the warm-up that still counts as flat: allocator noise, a few pooled sockets or objects.
FLAT = {"rss_kib": 4096, "fds": 2, "qobjects": 50}


def run(args):
    started = time.monotonic()
    sb = Sandbox(users=args.users, bots=3)
    info = sb.start()
    sandbox_seconds = time.monotonic() - started
    work = tempfile.mkdtemp(prefix="pac-soak-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_DATA_HOME=os.path.join(work, "data"),
               PAC_ADMIN_PASSWORD=info["password"])
    cmd = [os.path.join(os.path.abspath(args.build), "bench", "bench_soak"), "--url", info["url"],
           "--jid", info["jid"], "--seconds", str(int(args.minutes * 60)), "--sample", str(args.sample)]
    samples = []
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        for line in proc.stdout:
            if line.startswith("{"):
                samples.append(json.loads(line))
                print(line.strip(), flush=True)
        code = proc.wait()
    finally:
        sb.stop()
    if code != 0:
        raise SystemExit("bench_soak exited with %d" % code)
    return {"samples": samples, "sandbox_seconds": sandbox_seconds, "users": args.users, "minutes": args.minutes,
            "warmup": args.warmup, "date": datetime.date.today().isoformat(), "load": os.getloadavg()}


def verdict(result):
    after = [s for s in result["samples"] if s["seconds"] >= result["warmup"] * 60]
    third = max(1, len(after) // 3)
    out = {}
    for key, tolerance in FLAT.items():
        first = statistics.median(s[key] for s in after[:third])
        last = statistics.median(s[key] for s in after[-third:])
        out[key] = {"first": first, "last": last, "growth": last - first, "flat": last - first <= tolerance}
    return out


def section(result, flat, command):
    s = result["samples"]
    lines = [HEADING, "",
             "`%s` (%s): the console on a sandbox Prosody 0.12 with %s users and 3 bots online, the dashboard shown, "
             "auto-refresh every second, %g minutes (the sandbox took %.0f s to start). Load average at the end: %s "
             "(the 2-core machine shared with other builds and tests)." % (
                 command, result["date"], format(result["users"], ","), result["minutes"],
                 result["sandbox_seconds"], " ".join("%.1f" % v for v in result["load"])), "",
             "Flat after the first %g minutes (median of the last third of the samples after it against the first "
             "third; flat means growth within %s KiB, %d descriptors, %d objects):" % (
                 result["warmup"], format(FLAT["rss_kib"], ","), FLAT["fds"], FLAT["qobjects"]), "",
             "| measure | first third | last third | growth | flat |", "|---|---|---|---|---|"]
    names = {"rss_kib": "resident memory (KiB)", "fds": "open file descriptors", "qobjects": "live QObjects"}
    for key, v in flat.items():
        lines.append("| %s | %s | %s | %+g | %s |" % (names[key], format(int(v["first"]), ","),
                                                       format(int(v["last"]), ","), v["growth"],
                                                       "yes" if v["flat"] else "**no**"))
    lines += ["", "The curve (every sample):", "", "| minute | RSS (MiB) | fds | QObjects | longest event-loop gap (ms) |",
              "|---|---|---|---|---|"]
    for x in s:
        lines.append("| %.1f | %.1f | %d | %d | %.0f |" % (x["seconds"] / 60, x["rss_kib"] / 1024, x["fds"],
                                                           x["qobjects"], x["longest_gap_ms"]))
    return "\n".join(lines) + "\n"


def write(path, text):
    old = open(path).read() if os.path.exists(path) else ""
    start = old.find(HEADING)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = old.find("\n## ", start + len(HEADING))
        new = old[:start] + text + ("\n" + old[end + 1:] if end >= 0 else "")
    with open(path, "w") as f:
        f.write(new)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", default=os.path.join(ROOT, "build", "ci"))
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--sample", type=int, default=30, help="seconds between samples")
    p.add_argument("--warmup", type=float, default=5, help="minutes left out of the verdict")
    p.add_argument("--users", type=int, default=10000)
    p.add_argument("--out", help="BENCHMARKS.md to write the section into")
    p.add_argument("--json", help="also keep the samples here")
    args = p.parse_args()
    result = run(args)
    flat = verdict(result)
    result["verdict"] = flat
    print(json.dumps(flat))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
    if args.out:
        command = "/usr/bin/python3 bench/soak.py --minutes %g --sample %d" % (args.minutes, args.sample)
        write(args.out, section(result, flat, command))
    return 0 if all(v["flat"] for v in flat.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
