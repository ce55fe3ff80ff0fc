# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# One INTERFACE target carries the project's compile policy; every target links it.
add_library(pac_policy INTERFACE)
target_compile_features(pac_policy INTERFACE cxx_std_20)
target_compile_definitions(pac_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(pac_policy INTERFACE -Wall -Wextra -Wpedantic)
if(PAC_WARNINGS_AS_ERRORS)
    target_compile_options(pac_policy INTERFACE -Werror)
endif()
