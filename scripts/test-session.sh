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
# An empty password unlocks the new login keyring.
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
keyring_pid=${GNOME_KEYRING_PID:-}
# A virtual display for tests that want real windows; the rest use QT_QPA_PLATFORM=offscreen.
for display in $(seq 90 140); do
    if [[ ! -e /tmp/.X11-unix/X$display && ! -e /tmp/.X$display-lock ]]; then
        Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        export DISPLAY=:$display
        break
    fi
done
ctest --preset "$preset" "$@"
