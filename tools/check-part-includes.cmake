# SPDX-License-Identifier: MIT
# Fails when a part of services/ includes a header of another part it does not link: the links
# are what freshet_reject_link_cycles (cmake/FreshetPartGraph.cmake) keeps free of cycles, so an
# include past them is a dependency nobody checked. Run by ctest (tst_part_includes):
#   cmake -DLINKS=<build>/services/part-links.cmake -DSERVICES=<source>/services -P check-part-includes.cmake
cmake_minimum_required(VERSION 3.22)
include(${LINKS})

# A folder that is no part would escape the check.
file(GLOB folders LIST_DIRECTORIES true RELATIVE ${SERVICES} ${SERVICES}/*)
set(problems "")
foreach(folder IN LISTS folders)
    if(IS_DIRECTORY ${SERVICES}/${folder} AND NOT folder IN_LIST parts)
        string(APPEND problems "services/${folder}/ is not a part: give it its own freshet_${folder} library\n")
    endif()
endforeach()

set(checked 0)
foreach(part IN LISTS parts)
    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE ${SERVICES}
        ${SERVICES}/${part}/*.h ${SERVICES}/${part}/*.cpp ${SERVICES}/${part}/*.mm)
    foreach(file IN LISTS files)
        file(STRINGS ${SERVICES}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"/]+/")
        foreach(include IN LISTS includes)
            string(REGEX MATCH "\"([^\"/]+)/[^\"]*\"" header "${include}")
            set(included ${CMAKE_MATCH_1})
            math(EXPR checked "${checked} + 1")
            if(included STREQUAL part OR included IN_LIST links_${part})
                continue()
            endif()
            if(included IN_LIST parts)
                string(APPEND problems "services/${file}: includes ${header}, but freshet_${part} does not link freshet_${included}\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "No #include \"part/...\" found under ${SERVICES}: wrong folder?")
endif()
if(problems)
    message(FATAL_ERROR "${problems}Link the part in its CMakeLists.txt (if that makes a cycle, move what "
        "both need down a layer: see docs/architecture.md, \"Layers of services/\").")
endif()
message(STATUS "${checked} includes of services/ parts, each of a part its includer links")
