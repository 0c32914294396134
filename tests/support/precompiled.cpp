// SPDX-License-Identifier: MIT
// The one file of a folder's precompiled-header target (tests/CMakeLists.txt): the header is
// built with it, then reused by every test of that folder.
