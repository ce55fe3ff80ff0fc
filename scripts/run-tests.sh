#!/usr/bin/env bash
# Builds everything and runs every test suite (unit, server, e2e, gui, keychain) with its own
# session bus, keyring, virtual display and sandbox Prosody servers, and stops them afterwards.
# Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test
preset=${PAC_PRESET:-ci}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
exec dbus-run-session -- scripts/test-session.sh "$preset" "$@"
