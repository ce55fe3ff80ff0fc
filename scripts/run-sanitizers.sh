#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs test suites
# under it, with the same session bus, keyring, virtual display and sandboxes as scripts/run-tests.sh.
# A sanitizer report fails the test that made it: ASan and UBSan halt at the first report
# (-fno-sanitize-recover=undefined, halt_on_error), LeakSanitizer fails the exit status
# (detect_leaks=1: on deliberately; tests/lsan.supp names the leaks of third-party libraries that
# are not ours to fix, each with its reason).
#   scripts/run-sanitizers.sh          the core set (what scripts/run-tests.sh runs): every test of the
#                                      core library against the fake server and against real Prosody
#                                      0.12 and 13 (labels unit and e2e without gui, tls, keychain),
#                                      building only their executables (not pac_gui: so also not
#                                      TestComposerStatusText, a widget's sentences labelled unit; nor
#                                      the translation files' checks, which run Qt's tools, not ours)
#   scripts/run-sanitizers.sh --all    every suite but the Python server tests (they run none of our
#                                      C++), building everything
#   scripts/run-sanitizers.sh --all -R Test…   extra arguments go to ctest
# Left out of the core set: the gui, tls, keychain and i18n suites (building pac_gui and its tests
# with ASan doubles the build, see README). TestTls is in: its double free at exit (OpenSSL's
# atexit clean-up racing a Qt network thread that was still ending) is fixed by
# core/api/NetworkThreadsAtExit; tests/lsan.supp keeps the one libcrypto leak entry, with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test >/dev/null
PAC_PROSODY13=${PAC_PROSODY13:-$(scripts/prosody13.sh)}
export PAC_PROSODY13
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1
cmake --preset asan >/dev/null
results=$PWD/build/asan/test-results
rm -rf "$results"
mkdir -p "$results"
if [[ ${1:-} == --all ]]; then
    shift
    cmake --build --preset asan
    [[ $# -eq 0 ]] && set -- -LE server -j 2
else
    selection=(-L 'unit|e2e' -LE 'gui|tls|keychain|server'
        -E '^(TestComposerStatusText|TestTranslationFiles|TranslationsUpToDate|SourcesFormatted|SourcesLicensed)$')
    mapfile -t targets < <(ctest --preset asan -N "${selection[@]}" | sed -n 's/^ *Test *#[0-9]*: \([A-Za-z0-9_]*\).*/\1/p' | sort -u)
    cmake --build --preset asan --target "${targets[@]}"
    set -- "${selection[@]}" -j 2 "$@"
fi
status=0
dbus-run-session -- scripts/test-session.sh asan --output-junit "$results/ctest.junit" "$@" || status=1
/usr/bin/python3 tests/summarize_results.py --ctest "$results/ctest.junit" --results "$results" || status=1
exit $status
