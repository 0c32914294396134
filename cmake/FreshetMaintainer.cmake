# SPDX-License-Identifier: MIT
# The package's Maintainer, the copyright file's Upstream-Contact and the changelog's signature:
# one setting, checked before anything is built when this is a release.
include(FreshetMaintainerCheck)
option(FRESHET_RELEASE "A build to publish: refuses placeholder package metadata" OFF)
set(FRESHET_MAINTAINER "${FRESHET_PLACEHOLDER_MAINTAINER}" CACHE STRING
    "Who answers for the package, as 'Name <address>' (the .deb's Maintainer); a release needs a real one")
freshet_check_maintainer("${FRESHET_MAINTAINER}" "${FRESHET_RELEASE}")
