# SPDX-License-Identifier: MIT
# One INTERFACE target carries every compile option the project's own code is built with,
# so each library links it PRIVATE and nothing leaks into consumers.
add_library(freshet_options INTERFACE)
# Result and Status are [[nodiscard]]: a failure nobody reads is how data is lost quietly, so
# dropping one is an error, not a warning that scrolls by.
target_compile_options(freshet_options INTERFACE -Wall -Wextra -Wpedantic -Werror=unused-result)
# The optimised build keeps line tables only (-g1): a backtrace still names files and lines, the
# package is stripped anyway (FreshetPackaging.cmake), and full debug information made each
# file's compile a quarter slower (4.1-4.5 s against 5.4-5.6 s, docs/build-time.md). The Debug
# build, the one to step through, keeps it; the sanitizer build has line tables only (below).
target_compile_options(freshet_options INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)
target_compile_definitions(freshet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
)

# Debian's hardening (lintian: hardening-no-bindnow): every symbol is bound at start, so the
# relocation table can be made read-only before any feed is read.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" OR ANDROID)
    target_link_options(freshet_options INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

if(FRESHET_SANITIZE)
    # Applied globally so that every object, including generated moc/rcc code, is instrumented.
    # Line tables only (-g1): a report's stack still names functions, files and lines, and the
    # names of its stack and global objects come from the sanitizer's own tables, not from debug
    # information; a test file compiles in about 8 s instead of 9-12 (docs/build-time.md).
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g1)
    add_link_options(-fsanitize=address,undefined)
    # Executables at fixed addresses: as position-independent ones, each carried 1.5 million
    # relative relocations (a pointer to a file name per UBSan check, to a name per ASan global),
    # all applied at every start, 0.15 s of each of the thousands of processes the tests start.
    # Objects stay -fPIC, as Qt requires, so nothing is copied out of Qt's libraries.
    add_link_options($<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-no-pie>)
endif()

# The version, from project(), for --version, the About dialog and the User-Agent.
configure_file(${CMAKE_CURRENT_LIST_DIR}/freshetversion.h.in ${CMAKE_BINARY_DIR}/generated/freshetversion.h @ONLY)
add_library(freshet_version INTERFACE)
target_include_directories(freshet_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
