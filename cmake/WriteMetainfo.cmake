# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Writes the AppStream metainfo from resources/<app id>.metainfo.xml.in. Its links and its screenshots'
# pictures are where the project is published, which only the builder knows: each is written only
# when its cache variable is set (see README, "Packages, files and logs"); no address is invented.
#   PAC_HOMEPAGE_URL, PAC_BUGTRACKER_URL, PAC_HELP_URL, PAC_VCS_BROWSER_URL: the <url> links
#   PAC_SCREENSHOTS_URL: the folder serving docs/screenshots/ (users.png, messages.png, activity-log.png)
# Included by resources/CMakeLists.txt, or run as a script (tests/desktop):
#   cmake -DIN=… -DOUT=… [-DPAC_HOMEPAGE_URL=…] … -P WriteMetainfo.cmake
function(pac_write_metainfo in out)
    set(urls "")
    foreach(pair homepage:PAC_HOMEPAGE_URL bugtracker:PAC_BUGTRACKER_URL help:PAC_HELP_URL
            vcs-browser:PAC_VCS_BROWSER_URL)
        string(REPLACE ":" ";" pair "${pair}")
        list(GET pair 0 type)
        list(GET pair 1 variable)
        if(NOT "${${variable}}" STREQUAL "")
            string(APPEND urls "  <url type=\"${type}\">${${variable}}</url>\n")
        endif()
    endforeach()
    set(shots "")
    if(NOT "${PAC_SCREENSHOTS_URL}" STREQUAL "")
        string(REGEX REPLACE "/+$" "" base "${PAC_SCREENSHOTS_URL}")
        set(default " type=\"default\"")
        foreach(shot "users|1200|760|Users of a server, with their roles, online state and last activity"
                "messages|1280|800|Messages to one user, many users or everyone online"
                "activity-log|1280|800|The activity log: every request the console made")
            string(REPLACE "|" ";" shot "${shot}")
            list(GET shot 0 name)
            list(GET shot 1 width)
            list(GET shot 2 height)
            list(GET shot 3 caption)
            string(APPEND shots "    <screenshot${default}>\n      <caption>${caption}</caption>\n"
                "      <image type=\"source\" width=\"${width}\" height=\"${height}\">${base}/${name}.png</image>\n"
                "    </screenshot>\n")
            set(default "")
        endforeach()
        set(shots "  <screenshots>\n${shots}  </screenshots>\n")
    endif()
    set(PAC_METAINFO_URLS "${urls}")
    set(PAC_METAINFO_SCREENSHOTS "${shots}")
    configure_file("${in}" "${out}" @ONLY)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    pac_write_metainfo("${IN}" "${OUT}")
endif()
