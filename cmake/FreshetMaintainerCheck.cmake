# SPDX-License-Identifier: MIT
# Who answers for a published package. A package sent out with a placeholder address leaves
# its users nobody to write to, so a release build (-DFRESHET_RELEASE=ON) refuses one.
# Also runs as a script (tests/packaging): cmake -DFRESHET_MAINTAINER=... -DFRESHET_RELEASE=ON -P this file.

# Addresses that can never reach a person: the project's own default, the reserved names
# (RFC 2606: example.*, .invalid, .test, .localhost) and anything without a domain.
set(FRESHET_PLACEHOLDER_MAINTAINER "The Freshet developers <developers@freshet.example.org>")

function(freshet_check_maintainer maintainer release)
    if(NOT release)
        return()
    endif()
    string(TOLOWER "${maintainer}" lowered)
    if(NOT lowered MATCHES "^[^<>]+ <[^@<> ]+@([^@<> ]+\\.[a-z]+)>$")
        message(FATAL_ERROR "FRESHET_MAINTAINER is '${maintainer}': a release package needs 'Name <address@domain>'. "
            "Configure with -DFRESHET_MAINTAINER=\"Your Name <you@your.domain>\" (make package MAINTAINER=\"...\").")
    endif()
    set(domain "${CMAKE_MATCH_1}")
    if(maintainer STREQUAL FRESHET_PLACEHOLDER_MAINTAINER
       OR domain MATCHES "(^|\\.)example\\.(com|net|org)$"
       OR domain MATCHES "\\.(example|invalid|test|localhost|local)$")
        message(FATAL_ERROR "FRESHET_MAINTAINER is still the placeholder '${maintainer}': a release package must name "
            "who answers for it. Configure with -DFRESHET_MAINTAINER=\"Your Name <you@your.domain>\" "
            "(make package RELEASE=ON MAINTAINER=\"...\").")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    freshet_check_maintainer("${FRESHET_MAINTAINER}" "${FRESHET_RELEASE}")
    message(STATUS "FRESHET_MAINTAINER '${FRESHET_MAINTAINER}' is fit for this build")
endif()
