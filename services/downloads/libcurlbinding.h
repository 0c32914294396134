// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

// libcurl is not linked: the curl_* functions this program calls are defined in
// libcurlbinding.cpp, which loads libcurl.so.4 the first time one of them runs. Every
// command's start, the OS scheduler's background refresh included, used to map and bind
// libcurl and the 18 libraries it needs (Kerberos, LDAP, SSH, RTMP, ...): 5 ms and 5 MB per run,
// for downloads most runs never start (docs/performance.md, issue 22).

/// Loads libcurl now if it is not loaded yet: true once it is. Otherwise false, with the
/// dynamic loader's reason in *why; every curl_* call then fails as libcurl's own do when out
/// of memory (a null handle, CURLE_FAILED_INIT, CURLM_INTERNAL_ERROR).
bool loadLibcurl(QString *why = nullptr);

} // namespace freshet
