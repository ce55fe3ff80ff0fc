#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds Prosody 13 from Debian's own source package (trixie) into a cache folder, once, and
# prints the path of its `prosody` launcher. Debian 12 ships only Prosody 0.12, and trixie's
# binary package needs a newer libc, so the orig tarball is built here against Debian 12's Lua 5.4.
#
# The source is fetched with apt through a private configuration (its own sources list, lists
# and cache folders under the cache folder): the system's apt sources are never touched.
# Nothing is fetched or built when the cache already holds a working build.
#
#   scripts/prosody13.sh            build if needed, print the launcher's path
#   PAC_PROSODY13_CACHE=DIR         the cache folder (default ~/.cache/prosody-admin-console/prosody13)
set -euo pipefail
cd "$(dirname "$0")/.."

cache=${PAC_PROSODY13_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/prosody-admin-console/prosody13}
prefix=$cache/install
launcher=$prefix/bin/prosody

# A build works when its version file says 13 and Lua 5.4 loads its C modules.
works() {
    [[ -x $launcher ]] && grep -q '^13\.' "$prefix/lib/prosody/prosody.version" 2>/dev/null &&
        (cd "$prefix/lib/prosody" && lua5.4 -e 'package.cpath = "./?.so;" .. package.cpath
            require "util.encodings"; require "util.hashes"; require "util.pposix"' 2>/dev/null)
}
if works; then
    echo "$launcher"
    exit 0
fi

scripts/install-deps.sh prosody13 >&2
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if works; then
    echo "$launcher"
    exit 0
fi

apt_dir=$cache/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/source"
cat >"$apt_dir/sources.list" <<'EOF'
deb-src http://deb.debian.org/debian trixie main
EOF
apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o Dir::Etc::sourceparts=/dev/null
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)

orig=$(ls "$apt_dir"/source/prosody_13.*.orig.tar.* 2>/dev/null | head -1 || true)
if [[ -z $orig ]]; then
    echo "prosody13: fetching Debian's trixie source package of Prosody with a private apt configuration" >&2
    apt-get "${apt_opts[@]}" -q update >&2
    # Some mirrors lack the .dsc or the upstream signature (apt then exits non-zero); the orig
    # tarball is all the build needs, and it is checked below against the signed Sources index.
    (cd "$apt_dir/source" && apt-get "${apt_opts[@]}" -q source --download-only prosody >&2) || true
    orig=$(ls "$apt_dir"/source/prosody_13.*.orig.tar.* 2>/dev/null | head -1 || true)
    [[ -n $orig ]] || { echo "prosody13: could not fetch trixie's Prosody 13 source (see above)" >&2; exit 1; }
fi
# apt verified the InRelease signature and, through it, the Sources index: the tarball's
# checksum must be the one that index gives.
sources=$(ls "$apt_dir"/lists/*_trixie_main_source_Sources* | head -1)
expected=$( (lz4cat "$sources" 2>/dev/null || cat "$sources") |
    awk -v name="$(basename "$orig")" '/^Package: prosody$/ {p = 1} p && /^$/ {p = 0}
        p && /^Checksums-Sha256:/ {c = 1; next} p && c && /^ / && $3 == name {print $1} /^[^ ]/ {c = 0}')
actual=$(sha256sum "$orig" | cut -d' ' -f1)
if [[ -z $expected || $expected != "$actual" ]]; then
    echo "prosody13: $(basename "$orig") does not match the checksum of Debian's Sources index; removed" >&2
    rm -f "$orig"
    exit 1
fi

src=$cache/src
rm -rf "$src" "$prefix"
mkdir -p "$src"
tar -xf "$orig" -C "$src" --strip-components=1
echo "prosody13: building $(basename "$orig")" >&2
(
    cd "$src"
    ./configure --ostype=debian --prefix="$prefix" --lua-version=5.4 --with-lua-include=/usr/include/lua5.4 \
        --idn-library=icu >&2
    make -j"$(nproc)" >&2
    make install >&2
)
# The launchers start with `#!/usr/bin/env lua`, which may be another Lua version on this machine.
sed -i '1s|^#!.*|#!/usr/bin/lua5.4|' "$prefix/bin/prosody" "$prefix/bin/prosodyctl"
works || { echo "prosody13: the build did not produce a working Prosody 13 ($launcher)" >&2; exit 1; }
echo "$launcher"
