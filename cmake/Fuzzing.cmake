# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# PAC_FUZZ: every target of the tree is compiled with libFuzzer's coverage instrumentation and with
# AddressSanitizer and UndefinedBehaviorSanitizer (any UB report aborts), so the fuzz targets of
# tests/fuzz see inside pac_core. Only clang has libFuzzer.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PAC_FUZZ needs clang (libFuzzer): configure with the `fuzz` preset or "
        "-DCMAKE_CXX_COMPILER=clang++.")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
