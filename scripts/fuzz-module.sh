#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# The module HTTP fuzzer's long run (tests/server/module_fuzz.py) on Prosody 0.12 and 13, one after
# the other, each in its own sandbox on loopback. Prints each run's seed, counts, statuses and
# Prosody's memory over time; fails on any finding (the request that made it is printed).
#   scripts/fuzz-module.sh                 10 minutes per version, a random seed
#   scripts/fuzz-module.sh SECONDS [SEED]  SECONDS per version (SEED repeats a run)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
seed=${2:-}
PAC_PROSODY13=$(scripts/prosody13.sh)
export PAC_PROSODY13
status=0
for version in 0.12 13; do
    PAC_PROSODY=$version /usr/bin/python3 tests/server/module_fuzz.py --seconds "$seconds" ${seed:+--seed "$seed"} \
        || status=1
done
exit $status
