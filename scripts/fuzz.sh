#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs each one, seeded from
# tests/fuzz/corpus/<target>/ when there is one. New inputs are kept in build/fuzz/corpus/<target>/,
# crashes in build/fuzz/crashes/. Prints one line per target (runs, coverage, crashes); fails if any crashed.
#   scripts/fuzz.sh                 10 minutes in all, shared evenly by the targets
#   scripts/fuzz.sh SECONDS         SECONDS for each target
#   scripts/fuzz.sh --replay RUNS   RUNS inputs per target from a fixed seed (1) and the checked-in
#                                   seeds only, nothing kept: every call tries the same inputs, but
#                                   for targets whose coverage depends on more than the seeds
#                                   (scripts/run-tests.sh, so that a test run does not depend on luck)
set -euo pipefail
cd "$(dirname "$0")/.."
replay_runs=
if [[ ${1:-} == --replay ]]; then
    replay_runs=${2:?--replay needs a number of runs}
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
build=build/fuzz
targets=()
for target in "$build"/fuzz/fuzz_*; do
    targets+=("$(basename "$target")")
done
if [[ -n $replay_runs ]]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    limit=(-runs="$replay_runs" -seed=1)
    export QT_HASH_SEED=0 # Qt's hashes in the same order each run: the same coverage, so the same inputs
else
    limit=(-max_total_time="${1:-$((600 / ${#targets[@]}))}")
fi
mkdir -p "$build/crashes" "$build/logs"
failed=()
printf '%-28s %10s %8s %8s %s\n' target runs cov ft result
for target in "${targets[@]}"; do
    log=$build/logs/$target.log
    status=0
    if [[ -n $replay_runs ]]; then
        mkdir -p "$scratch/$target" # libFuzzer writes new inputs into the first corpus: not kept
        corpora=("$scratch/$target")
    else
        mkdir -p "$build/corpus/$target"
        corpora=("$build/corpus/$target")
    fi
    [[ -d tests/fuzz/corpus/$target ]] && corpora+=("tests/fuzz/corpus/$target")
    "$build/fuzz/$target" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/crashes/$target-" "${corpora[@]}" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    stats=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$stats")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$stats")
    result=ok
    if [[ $status -ne 0 ]]; then
        result="FAILED (exit $status, see $log)"
        failed+=("$target")
    fi
    printf '%-28s %10s %8s %8s %s\n' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Fuzz targets that failed: ${failed[*]}" >&2
    for target in "${failed[@]}"; do
        grep -E -m5 'ERROR|runtime error|SUMMARY|Test unit written' "$build/logs/$target.log" >&2 || true
    done
    exit 1
fi
