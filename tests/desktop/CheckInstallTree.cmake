# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Installs the build into a fresh PREFIX and checks that every file a desktop needs landed there.
# cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DDESKTOP_FILE_VALIDATE=… -DAPPSTREAMCLI=… -P CheckInstallTree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    bin/prosody-admin-console
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/prosody-admin-console/translations/console_de.qm
    share/prosody-admin-console/translations/console_fr.qm
    share/prosody-admin-console/translations/console_en.qm
    share/prosody-admin-console/server/mod_admin_rest/mod_admin_rest.lua)
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}" OR IS_DIRECTORY "${PREFIX}/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed under ${PREFIX}: ${missing}")
endif()

# The desktop file starts the installed binary and names the installed icon.
file(STRINGS "${PREFIX}/share/applications/${APP_ID}.desktop" exec REGEX "^Exec=")
file(STRINGS "${PREFIX}/share/applications/${APP_ID}.desktop" icon REGEX "^Icon=")
if(NOT exec MATCHES "^Exec=prosody-admin-console( |$)" OR NOT icon STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "The desktop file does not match the installed files: ${exec}, ${icon}")
endif()
file(READ "${PREFIX}/share/icons/hicolor/scalable/apps/${APP_ID}.svg" svg LIMIT 4096)
if(NOT svg MATCHES "<svg")
    message(FATAL_ERROR "The installed icon is not an SVG image")
endif()

foreach(command
        "${DESKTOP_FILE_VALIDATE};${PREFIX}/share/applications/${APP_ID}.desktop"
        "${APPSTREAMCLI};validate-tree;--no-net;${PREFIX}")
    execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${command} failed (${result}):\n${output}")
    endif()
endforeach()
message(STATUS "Installed tree under ${PREFIX} is complete")
