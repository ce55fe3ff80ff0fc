#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Runs inside dbus-run-session: unlocks a throwaway GNOME keyring (a real Secret Service)
# and a virtual X display, runs ctest, and cleans up.
set -euo pipefail
preset=$1
shift
runtime=$(mktemp -d)
export XDG_RUNTIME_DIR=$runtime XDG_DATA_HOME=$runtime/data HOME_KEYRING_DIR=$runtime/data/keyrings
mkdir -p "$XDG_DATA_HOME"
keyring_pid=
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    [[ -n $keyring_pid ]] && kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$runtime"
}
trap cleanup EXIT
if [[ $preset == asan ]]; then
    # A report fails the test that made it: ASan and UBSan halt at the first one
    # (-fno-sanitize-recover=undefined in the preset), LeakSanitizer fails the exit status. Leak
    # detection is on deliberately; tests/lsan.supp names third-party leaks only, each with its reason.
    export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
    export LSAN_OPTIONS=suppressions=$(cd "$(dirname "$0")/.." && pwd)/tests/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1
fi
# An empty password unlocks the new login keyring.
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
keyring_pid=${GNOME_KEYRING_PID:-}
# A virtual display for tests that want real windows; the rest use QT_QPA_PLATFORM=offscreen.
# Xvfb picks a free display itself and writes its number once it accepts connections, so no test
# starts before the display is there and two sessions side by side never take the same one.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$runtime/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 300); do
    [[ -s $runtime/display ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ ! -s $runtime/display ]]; then
    echo "test-session.sh: Xvfb did not start (no display within 30 s)" >&2
    exit 1
fi
export DISPLAY=:$(head -n 1 "$runtime/display")
ctest --preset "$preset" "$@"
