#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds the console and launches it on a throwaway sandbox Prosody (stopped when the console exits).
# The sandbox runs Debian's Prosody 0.12; PAC_PROSODY=13 runs it on Prosody 13 instead (built once
# from Debian's source package by scripts/prosody13.sh), PAC_EMULATE=classic|current makes it answer
# like a published module.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run
if [[ ${PAC_PROSODY:-} == 13 ]]; then
    PAC_PROSODY13=$(scripts/prosody13.sh)
    export PAC_PROSODY13
fi
cmake --preset dev >/dev/null
cmake --build --preset dev --target prosody-admin-console
app=build/dev/src/prosody-admin-console
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: running the console under Xvfb (virtual screen :99 is not visible)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --sandbox "$@"
fi
exec "$app" --sandbox "$@"
