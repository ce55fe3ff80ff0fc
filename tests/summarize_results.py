#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Counts every test function's outcome of a ctest run and fails on any failure.

    summarize_results.py --ctest CTEST_JUNIT.xml --results RESULTS_DIR

CTEST_JUNIT.xml is ctest's own report (`ctest --output-junit`): one entry per test executable
run, with ctest's verdict. RESULTS_DIR holds one JUnit file per executable run, named after the
ctest test (Qt Test's `-o file,junitxml`, or tests/support/unittest_junit.py for Python suites),
with one entry per test function (per data row for data-driven Qt tests).

A function counts as failed when its entry says so; an executable that ctest saw fail with no
failed function in its file (a crash, a time-out, a sanitizer report at exit, a file never
written) counts as one failed entry of its own, so no failure can hide as a pass or a skip. Tests
that are not Qt Test or unittest suites (validators, scripts) count as one function each, with
ctest's verdict. Every skip is listed with its reason. The last line is
"Functions: N passed, N failed, N skipped"; the exit status is 1 when N failed is not 0.
"""

import argparse
import os
import sys
import xml.etree.ElementTree as ET


def read_junit(path):
    """-> list of (name, outcome, message) with outcome passed|failed|skipped."""
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall(".//testsuite")
    cases = []
    for suite in suites:
        for case in suite.findall("testcase"):
            name = case.get("name", "?")
            failure = case.find("failure")
            if failure is None:
                failure = case.find("error")
            skipped = case.find("skipped")
            if failure is not None:
                message = failure.get("message") or (failure.text or "").strip()
                cases.append((name, "failed", message))
            elif skipped is not None:
                cases.append((name, "skipped", skipped.get("message") or (skipped.text or "").strip()))
            else:
                cases.append((name, "passed", ""))
    return cases


def ctest_runs(path):
    """-> list of (test name, verdict) with verdict passed|failed|notrun, from ctest's JUnit file."""
    runs = []
    for case in ET.parse(path).getroot().iter("testcase"):
        status = case.get("status", "")
        if case.find("failure") is not None or status == "fail":
            verdict = "failed"
        elif status in ("notrun", "disabled") or case.find("skipped") is not None:
            verdict = "notrun"
        else:
            verdict = "passed"
        runs.append((case.get("name"), verdict))
    return runs


def one_line(text, limit=300):
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ctest", required=True)
    parser.add_argument("--results", required=True)
    args = parser.parse_args()

    if not os.path.exists(args.ctest):
        print("summarize_results: ctest wrote no report (%s): nothing ran" % args.ctest)
        print("Functions: 0 passed, 1 failed, 0 skipped")
        return 1

    totals = {"passed": 0, "failed": 0, "skipped": 0}
    skips, failures, rows = [], [], []
    for test, verdict in ctest_runs(args.ctest):
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        path = os.path.join(args.results, test + ".xml")
        cases = []
        if os.path.exists(path):
            try:
                cases = read_junit(path)
            except ET.ParseError as exc:
                cases = [("(results file)", "failed", "unreadable %s: %s" % (path, exc))]
        for name, outcome, message in cases:
            counts[outcome] += 1
            if outcome == "skipped":
                skips.append("%s::%s: %s" % (test, name, one_line(message)))
            elif outcome == "failed":
                failures.append("%s::%s: %s" % (test, name, one_line(message)))
        if verdict == "notrun":
            counts["failed"] += 1
            failures.append("%s: not run (see ctest's output)" % test)
        elif verdict == "failed" and counts["failed"] == 0:
            counts["failed"] += 1
            what = "the executable failed after its functions passed" if cases else "no function results"
            failures.append("%s: %s (crash, time-out or exit status; see ctest's output)" % (test, what))
        elif not cases:
            counts[verdict] += 1
        for key in totals:
            totals[key] += counts[key]
        rows.append((test, counts))

    width = max([len(t) for t, _ in rows] + [10])
    print()
    print("Test functions by executable run:")
    for test, counts in rows:
        print("  %-*s %4d passed, %d failed, %d skipped" % (width, test, counts["passed"], counts["failed"],
                                                          counts["skipped"]))
    print()
    print("Skipped (%d):" % len(skips))
    for line in skips:
        print("  " + line)
    if failures:
        print()
        print("FAILED (%d):" % len(failures))
        for line in failures:
            print("  " + line)
    print()
    print("Functions: %d passed, %d failed, %d skipped" % (totals["passed"], totals["failed"], totals["skipped"]))
    return 1 if totals["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
