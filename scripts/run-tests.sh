#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds everything once with AddressSanitizer and UndefinedBehaviorSanitizer (preset asan) and
# runs every test suite (unit, server, e2e, gui, keychain, tls, i18n, desktop, package) on that
# build, each with its own session bus, keyring, virtual display and sandbox Prosody servers, and
# stops them afterwards. A sanitizer report fails the test that made it (scripts/test-session.sh
# sets the options). The server and e2e suites run on Debian's Prosody 0.12 and on Prosody 13
# (built once from Debian's trixie source package into a cache folder by scripts/prosody13.sh),
# and the e2e suites also against emulations of the published classic and current modules.
# Extra arguments go to ctest (e.g. -L unit). Without them, every fuzz target then runs the same
# 20,000 inputs of a fixed seed too (scripts/fuzz.sh --replay; PAC_FUZZ_RUNS sets the number, 0 leaves
# that out). PAC_PRESET=ci runs the same suites on the optimised build without sanitizers instead.
# At the end, tests/summarize_results.py counts every test function's pass, fail and skip, lists
# every skip with its reason, and the run fails when any function (or executable) failed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test
PAC_PROSODY13=$(scripts/prosody13.sh)
export PAC_PROSODY13
preset=${PAC_PRESET:-asan}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
build=build/$preset
results=$PWD/$build/test-results
rm -rf "$results"
mkdir -p "$results"
status=0
dbus-run-session -- scripts/test-session.sh "$preset" --output-junit "$results/ctest.junit" "$@" || status=1
fuzz_runs=${PAC_FUZZ_RUNS:-20000}
fuzz_failed=
if [[ $# -eq 0 && $fuzz_runs -gt 0 ]]; then
    scripts/fuzz.sh --replay "$fuzz_runs" || { status=1; fuzz_failed=1; }
fi
/usr/bin/python3 tests/summarize_results.py --ctest "$results/ctest.junit" --results "$results" \
    | tee "$results/summary.txt" || status=1
# The failures once more at the very end, where a log cut to its last lines still shows them.
if [[ $status -ne 0 ]]; then
    echo "== What failed in this run"
    if [[ -n $fuzz_failed ]]; then
        echo "FAILED: the fuzz targets (scripts/fuzz.sh --replay $fuzz_runs): their build, or a target's finding; see its output above"
    fi
    if [[ -f $results/summary.txt ]]; then sed -n '/^FAILED (/,/^$/p' "$results/summary.txt"; fi
fi
exit $status
