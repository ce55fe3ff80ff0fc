#!/usr/bin/env bash
# Builds everything and runs every test suite (unit, server, e2e, gui, keychain) with its own
# session bus, keyring, virtual display and sandbox Prosody servers, and stops them afterwards.
# Extra arguments go to ctest (e.g. -L unit). Without them, every fuzz target then runs for a few
# seconds too (scripts/fuzz.sh; PAC_FUZZ_SECONDS=0 leaves that out).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test
preset=${PAC_PRESET:-ci}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
dbus-run-session -- scripts/test-session.sh "$preset" "$@"
fuzz_seconds=${PAC_FUZZ_SECONDS:-3}
if [[ $# -eq 0 && $fuzz_seconds -gt 0 ]]; then
    scripts/fuzz.sh "$fuzz_seconds"
fi
