# SPDX-License-Identifier: MIT
# CTest's cleanup step for tst_debpackage: the marker exists only while the test's own real
# install of the package may still be on the machine.
if(EXISTS "${MARKER}")
    execute_process(COMMAND dpkg --purge freshet RESULT_VARIABLE result)
    file(REMOVE "${MARKER}")
    if(result)
        message(FATAL_ERROR "dpkg --purge freshet failed (${result})")
    endif()
endif()
