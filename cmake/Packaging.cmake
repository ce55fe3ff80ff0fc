# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Debian packages with CPack (`cpack -G DEB` in a build directory, see README "Packages"): the console
# (component console: everything installed without a component) and our server module (component
# server-module) where Debian's Prosody finds modules, each with its copyright and changelog.
include(GNUInstallDirs)

# Who answers for the packages is the builder's to say, as the links of the metainfo are (README,
# "Where the project is published"); the default names no real mailbox (example.org is reserved).
set(PAC_PACKAGE_MAINTAINER "Prosody Admin Console developers <maintainers@example.org>"
    CACHE STRING "The packages' Maintainer: name <address>")
# The copyright file's Source field: where the sources are published, when the builder says so.
set(PAC_COPYRIGHT_SOURCE "")
if(PAC_VCS_BROWSER_URL)
    set(PAC_COPYRIGHT_SOURCE "Source: ${PAC_VCS_BROWSER_URL}\n")
elseif(PAC_HOMEPAGE_URL)
    set(PAC_COPYRIGHT_SOURCE "Source: ${PAC_HOMEPAGE_URL}\n")
endif()
set(PAC_MODULE_PACKAGE "prosody-mod-admin-rest")

# The server module: Debian's Prosody searches /usr/lib/prosody/modules (CFG_PLUGINDIR) after the
# config's plugin_paths; with the default prefix /usr/local it lands in /usr/local/lib/prosody/modules,
# the plugin_paths entry of Debian's prosody.cfg.lua.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/server/mod_admin_rest DESTINATION lib/prosody/modules
    COMPONENT server-module FILES_MATCHING PATTERN "*.lua")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/prosody-mod-admin-rest/README.md
    ${PROJECT_SOURCE_DIR}/server/README.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PAC_MODULE_PACKAGE} COMPONENT server-module
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# copyright and changelog.Debian.gz in each package's documentation folder, as Debian policy asks.
set(pac_doc_build ${PROJECT_BINARY_DIR}/packaging)
foreach(package IN ITEMS prosody-admin-console ${PAC_MODULE_PACKAGE})
    file(MAKE_DIRECTORY ${pac_doc_build}/${package})
    configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in ${pac_doc_build}/${package}/copyright @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${pac_doc_build}/${package}/changelog.Debian @ONLY)
    execute_process(COMMAND gzip -9nf ${pac_doc_build}/${package}/changelog.Debian)
endforeach()
install(FILES ${pac_doc_build}/prosody-admin-console/copyright ${pac_doc_build}/prosody-admin-console/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/prosody-admin-console COMPONENT console)
install(FILES ${pac_doc_build}/${PAC_MODULE_PACKAGE}/copyright ${pac_doc_build}/${PAC_MODULE_PACKAGE}/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PAC_MODULE_PACKAGE} COMPONENT server-module)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME prosody-admin-console)
set(CPACK_PACKAGE_VENDOR "Prosody Admin Console developers")
set(CPACK_PACKAGE_CONTACT "${PAC_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each component's description starts with its own synopsis; CPackDeb prepends this summary unless it
# is CPack's default, so it is set to that default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_COMPONENTS_ALL console server-module)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PAC_PACKAGE_MAINTAINER}")
if(PAC_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PAC_HOMEPAGE_URL}")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)

# The console: the libraries it links (dpkg-shlibdeps) and the plugins Qt loads at run time (the SVG
# icon engine and image format); the sandbox's needs are recommended.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME prosody-admin-console)
set(CPACK_DEBIAN_CONSOLE_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS
    "prosody, lua-cjson, python3, python3-slixmpp, openssl, qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "Desktop admin console for Prosody XMPP servers
A native Qt desktop console for operators of one or many Prosody XMPP servers:
users, sessions, rosters, groups, modules, the IP whitelist, messages and
broadcasts, through the mod_admin_rest HTTP API, with an audit trail of every
request. Passwords are kept in the system keychain. A built-in sandbox
starts a throwaway Prosody on loopback with demo users.")

# The server module: Lua only.
set(CPACK_DEBIAN_SERVER-MODULE_PACKAGE_NAME ${PAC_MODULE_PACKAGE})
set(CPACK_DEBIAN_SERVER-MODULE_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_SERVER-MODULE_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_SERVER-MODULE_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER-MODULE_PACKAGE_DEPENDS "prosody (>= 0.12)")
set(CPACK_DEBIAN_SERVER-MODULE_PACKAGE_RECOMMENDS "lua-cjson")
set(CPACK_COMPONENT_SERVER-MODULE_DESCRIPTION "admin_rest HTTP API module for Prosody
The mod_admin_rest module the Prosody Admin Console talks to: users,
rosters, sessions, groups, modules, the IP whitelist and messages over an
HTTP API for the server's administrators. Runs on Prosody 0.12 and 13.
Enable it with admin_rest in modules_enabled; see
/usr/share/doc/${PAC_MODULE_PACKAGE}/README.md.")
include(CPack)
