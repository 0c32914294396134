# SPDX-License-Identifier: MIT
# `make package` (cpack): a Debian package of what the install rules install, for /usr.
if(NOT FRESHET_FREEDESKTOP)
    return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME freshet)
set(CPACK_PACKAGE_VENDOR "Freshet")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "feed reader whose content is refreshed in the background")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The debug information stays in the build; the package gets a stripped binary.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# cmake/FreshetMaintainer.cmake: -DFRESHET_MAINTAINER sets it, and a release refuses a placeholder.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FRESHET_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Freshet reads RSS, Atom and JSON Feed feeds. When it is opened, the latest
content is already there: a systemd user timer refreshes the feeds while it is
closed and posts a desktop notification when there is something new. Every
task also works on the command line (freshet --help, man freshet).")
# dpkg-shlibdeps finds the Qt, QtKeychain and Gumbo libraries the binary links. What is loaded at
# run time it cannot see: the SQLite driver, the platform plugins (xcb, wayland), the SVG icon
# engine that draws the window and tray icons, and libcurl, which the first download loads
# (services/downloads/libcurlbinding.h; curl_easy_header is 7.83).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libcurl4 (>= 7.83)")
# Qt's own strings (buttons, dialogs) in the reader's language; a Secret Service for feed
# passwords (Freshet keeps them nowhere else).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")

include(CPack)
