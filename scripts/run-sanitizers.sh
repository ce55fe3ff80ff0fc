#!/usr/bin/env bash
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer, any UB report aborts)
# and runs the test suites under it, with the same session bus, keyring, virtual display and
# sandboxes as scripts/run-tests.sh. A sanitizer report fails the test that made it (ASan and UBSan
# abort, LeakSanitizer fails the exit status). tests/lsan.supp names the leaks of third-party
# libraries that are not ours to fix. Not part of CI (it takes too long); extra arguments go to
# ctest (default: every suite but the Python server tests, two at a time).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build test
cmake --preset asan >/dev/null
cmake --build --preset asan
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [[ $# -eq 0 ]]; then
    set -- -LE server -j 2
fi
exec dbus-run-session -- scripts/test-session.sh asan "$@"
