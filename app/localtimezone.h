// SPDX-License-Identifier: MIT
#pragma once

namespace freshet {

/// For a process that lasts seconds (a command, a background refresh): the local time zone is
/// read once instead of checked on every conversion. With TZ unset, glibc stats /etc/localtime
/// each time a time is converted to or from local time, and Qt does so twice for every feed
/// request, as it parses the If-Modified-Since it is given: 2,000 stats in a refresh of 1,000
/// feeds (docs/performance.md, issue 22). TZ=":/etc/localtime" names the same zone, which both
/// glibc and Qt read as the system's, and glibc then reads it once. Never for the window, which
/// may stay open while the system's zone changes; children of a command inherit it harmlessly.
void readLocalTimeZoneOnce();

} // namespace freshet
