# SPDX-License-Identifier: MIT
# GNU ld spends most of a test executable's link reading the static libraries' debug
# information: 3.0 s for one UI test where lld takes 0.7 s (docs/build-time.md), and a test
# build links about a hundred executables. So lld links wherever the compiler can use it, and
# GNU ld stays the fallback on a machine without it.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT ANDROID)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" FRESHET_LLD_WORKS)
    option(FRESHET_USE_LLD "Link with LLVM's lld (faster than GNU ld on large debug builds)" ${FRESHET_LLD_WORKS})
    if(FRESHET_USE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
