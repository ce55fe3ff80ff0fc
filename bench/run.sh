#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds the benchmark programs (Release, build/bench) and runs every benchmark of issue 9 against
# sandbox Prosody servers on loopback; writes BENCHMARKS.md at the top of the repository.
# Extra arguments go to bench/run.py (e.g. --repeat 5, --only startup big).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PAC_BENCH_BUILD_DIR:-$root/build/bench}"
cd "$root"
bash scripts/install-deps.sh build test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAC_BUILD_TESTS=OFF -DPAC_BUILD_BENCH=ON >/dev/null
ninja -C "$build" bench_api bench_users bench_startup_bare bench_startup_console
exec /usr/bin/python3 bench/run.py --build "$build" --out "$root/BENCHMARKS.md" --json "$build/bench-results.json" "$@"
