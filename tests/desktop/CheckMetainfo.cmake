# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Writes the metainfo with the links and screenshots given (-DPAC_HOMEPAGE_URL=… as the build would),
# checks that each is in it, and validates it:
# cmake -DIN=… -DOUT=… -DAPPSTREAMCLI=… -DPAC_HOMEPAGE_URL=… … -P CheckMetainfo.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/WriteMetainfo.cmake)
pac_write_metainfo("${IN}" "${OUT}")
file(READ "${OUT}" xml)
foreach(expected "<url type=\"homepage\">${PAC_HOMEPAGE_URL}</url>" "<url type=\"bugtracker\">${PAC_BUGTRACKER_URL}</url>"
        "<url type=\"help\">${PAC_HELP_URL}</url>" "<url type=\"vcs-browser\">${PAC_VCS_BROWSER_URL}</url>"
        "<screenshot type=\"default\">" ">${PAC_SCREENSHOTS_URL}users.png</image>")
    string(FIND "${xml}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${OUT} lacks ${expected}")
    endif()
endforeach()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${OUT}" RESULT_VARIABLE result
    OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed (${result}):\n${output}")
endif()
message(STATUS "${output}")
