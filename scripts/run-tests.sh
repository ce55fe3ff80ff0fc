#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds everything and runs every test suite (unit, server, e2e, gui, keychain) with its own
# session bus, keyring, virtual display and sandbox Prosody servers, and stops them afterwards.
# The server and e2e suites run on Debian's Prosody 0.12 and on Prosody 13 (built once from
# Debian's trixie source package into a cache folder by scripts/prosody13.sh), and the e2e suites
# also against emulations of the published classic and current modules.
# Extra arguments go to ctest (e.g. -L unit). Without them, every fuzz target then runs the same
# 20,000 inputs of a fixed seed too (scripts/fuzz.sh --replay; PAC_FUZZ_RUNS sets the number, 0 leaves
# that out), and the core library's suites
# (unit and e2e, on Prosody 0.12 and 13) run once more built with AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/run-sanitizers.sh; PAC_SANITIZE=0 leaves that out).
# At the end, tests/summarize_results.py counts every test function's pass, fail and skip, lists
# every skip with its reason, and the run fails when any function (or executable) failed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test
PAC_PROSODY13=$(scripts/prosody13.sh)
export PAC_PROSODY13
preset=${PAC_PRESET:-ci}
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
sanitizers_failed=
if [[ $# -eq 0 && $fuzz_runs -gt 0 ]]; then
    scripts/fuzz.sh --replay "$fuzz_runs" || { status=1; fuzz_failed=1; }
fi
/usr/bin/python3 tests/summarize_results.py --ctest "$results/ctest.junit" --results "$results" \
    | tee "$results/summary.txt" || status=1
if [[ $# -eq 0 && ${PAC_SANITIZE:-1} != 0 ]]; then
    echo "== The core library's suites under AddressSanitizer and UndefinedBehaviorSanitizer (preset asan)"
    scripts/run-sanitizers.sh | tee "$results/sanitizers.txt" || { status=1; sanitizers_failed=1; }
fi
# The failures once more at the very end, where a log cut to its last lines still shows them.
if [[ $status -ne 0 ]]; then
    echo "== What failed in this run"
    if [[ -n $fuzz_failed ]]; then
        echo "FAILED: the fuzz targets (scripts/fuzz.sh --replay $fuzz_runs): their build, or a target's finding; see its output above"
    fi
    if [[ -n $sanitizers_failed ]] && ! grep -q '^FAILED (' "$results/sanitizers.txt"; then
        echo "FAILED: the sanitizer step (scripts/run-sanitizers.sh) before any test failed: its build; see its output above"
    fi
    for summary in "$results/summary.txt" "$results/sanitizers.txt"; do
        if [[ -f $summary ]]; then sed -n '/^FAILED (/,/^$/p' "$summary"; fi
    done
fi
exit $status
