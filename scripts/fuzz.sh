#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs each one, seeded from
# tests/fuzz/corpus/<target>/ when there is one. New inputs are kept in build/fuzz/corpus/<target>/,
# crashes in build/fuzz/crashes/. Prints one line per target (runs, coverage, crashes); fails if any crashed.
#   scripts/fuzz.sh                 10 minutes in all, shared evenly by the targets
#   scripts/fuzz.sh SECONDS         SECONDS for each target (scripts/run-tests.sh uses a few)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
build=build/fuzz
targets=()
for target in "$build"/fuzz/fuzz_*; do
    targets+=("$(basename "$target")")
done
seconds=${1:-$((600 / ${#targets[@]}))}
mkdir -p "$build/crashes" "$build/logs"
failed=()
printf '%-28s %10s %8s %8s %s\n' target runs cov ft result
for target in "${targets[@]}"; do
    mkdir -p "$build/corpus/$target"
    log=$build/logs/$target.log
    status=0
    corpora=("$build/corpus/$target")
    [[ -d tests/fuzz/corpus/$target ]] && corpora+=("tests/fuzz/corpus/$target")
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
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
