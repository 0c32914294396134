// SPDX-License-Identifier: MIT
// The one file of the tests' precompiled-header target (tests/CMakeLists.txt): the header is
// built with it, then reused by every test.
