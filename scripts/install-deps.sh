#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages a purpose needs, only those that are missing.
# Usage: scripts/install-deps.sh build|run|test|prosody13 ...
set -euo pipefail

build=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libgl-dev libqt6svg6 clang-format)
# JIDs prepared as Prosody does (ICU stringprep, IDNA); PNG icons from the SVG; the .deb packages.
build+=(libicu-dev librsvg2-bin dpkg-dev file)
build+=(pkg-config libqrencode-dev) # invitations as QR codes (src/core/invitations/QrCode)
server=(prosody lua-cjson python3 python3-slixmpp openssl
    python3-cryptography) # the sandbox's certificates of given validity (tests/server/test_certificates.py)
run=(xvfb xauth qt6-translations-l10n)
# Prosody 13 built from Debian's trixie source package (scripts/prosody13.sh), on Debian 12's Lua 5.4.
prosody13=(build-essential liblua5.4-dev lua5.4 libicu-dev libssl-dev libidn2-dev lua-socket lua-sec lua-expat
    lua-filesystem lua-bitop lua-unbound ca-certificates)
test=(xvfb xauth dbus gnome-keyring libsecret-tools curl appstream desktop-file-utils qt6-translations-l10n imagemagick
    clang libclang-rt-14-dev)
test+=(lintian man-db) # the packages' check (tests/package)
test+=(zbar-tools) # zbarimg decodes the invitation QR codes the GUI tests paint
test+=(trayer) # a real X11 system tray (Debian 12 has no stalonetray): the notifications' tray fallback
# Prosody on SQL storage (sandbox --storage sqlite|postgres; PostgreSQL as a throwaway cluster, never the service).
test+=(lua-dbi-sqlite3 lua-dbi-postgresql postgresql python3-psycopg2)

wanted=()
for purpose in "$@"; do
    case "$purpose" in
    build) wanted+=("${build[@]}") ;;
    run) wanted+=("${server[@]}" "${run[@]}") ;;
    test) wanted+=("${server[@]}" "${test[@]}" "${prosody13[@]}") ;;
    prosody13) wanted+=("${prosody13[@]}") ;;
    *) echo "install-deps: unknown purpose '$purpose'" >&2; exit 2 ;;
    esac
done

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2
# The prosody package starts a system-wide server on install; keep it from doing so
# (the console runs its own sandbox Prosody on free ports).
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
fi
apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || rc=$?
[[ $created_policy -eq 1 ]] && rm -f "$policy"
exit "${rc:-0}"
