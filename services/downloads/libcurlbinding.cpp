// SPDX-License-Identifier: MIT
#include "libcurlbinding.h"

#include <QLibrary>

#include <cstdarg>

// The definitions below stand in for libcurl's: the checks curl.h adds to its variadic calls
// would read these definitions as calls.
#define CURL_DISABLE_TYPECHECK
// Hidden: once libcurl is loaded, its own calls into its API must reach it, never these.
#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif
#include <curl/curl.h>

namespace {

struct Libcurl
{
    decltype(&curl_global_init) globalInit = nullptr;
    decltype(&curl_version_info) versionInfo = nullptr;
    decltype(&curl_easy_init) easyInit = nullptr;
    decltype(&curl_easy_setopt) easySetopt = nullptr;
    decltype(&curl_easy_getinfo) easyGetinfo = nullptr;
    decltype(&curl_easy_header) easyHeader = nullptr;
    decltype(&curl_easy_pause) easyPause = nullptr;
    decltype(&curl_easy_strerror) easyStrerror = nullptr;
    decltype(&curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&curl_multi_init) multiInit = nullptr;
    decltype(&curl_multi_setopt) multiSetopt = nullptr;
    decltype(&curl_multi_add_handle) multiAddHandle = nullptr;
    decltype(&curl_multi_remove_handle) multiRemoveHandle = nullptr;
    decltype(&curl_multi_socket_action) multiSocketAction = nullptr;
    decltype(&curl_multi_info_read) multiInfoRead = nullptr;
    decltype(&curl_multi_cleanup) multiCleanup = nullptr;
    decltype(&curl_slist_append) slistAppend = nullptr;
    decltype(&curl_slist_free_all) slistFreeAll = nullptr;
    QString failure;
};

template <typename Function>
bool bind(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    return function != nullptr;
}

Libcurl loaded()
{
    // The soname Debian's libcurl4 (and every current libcurl) has; curl_easy_header, the
    // newest call bound here, is 7.83. By its file name where there is one: given "curl" and 4,
    // QLibrary would go on to other names after a broken libcurl.so.4 and report only the last.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QLibrary library(QStringLiteral("libcurl.so.4"));
#else
    QLibrary library(QStringLiteral("curl"), 4);
#endif
    if (!library.load())
        return {.failure = library.errorString()};
    Libcurl curl;
    const bool complete = bind(library, "curl_global_init", curl.globalInit) && bind(library, "curl_version_info", curl.versionInfo)
                          && bind(library, "curl_easy_init", curl.easyInit) && bind(library, "curl_easy_setopt", curl.easySetopt)
                          && bind(library, "curl_easy_getinfo", curl.easyGetinfo) && bind(library, "curl_easy_header", curl.easyHeader)
                          && bind(library, "curl_easy_pause", curl.easyPause) && bind(library, "curl_easy_strerror", curl.easyStrerror)
                          && bind(library, "curl_easy_cleanup", curl.easyCleanup) && bind(library, "curl_multi_init", curl.multiInit)
                          && bind(library, "curl_multi_setopt", curl.multiSetopt) && bind(library, "curl_multi_add_handle", curl.multiAddHandle)
                          && bind(library, "curl_multi_remove_handle", curl.multiRemoveHandle)
                          && bind(library, "curl_multi_socket_action", curl.multiSocketAction)
                          && bind(library, "curl_multi_info_read", curl.multiInfoRead)
                          && bind(library, "curl_multi_cleanup", curl.multiCleanup) && bind(library, "curl_slist_append", curl.slistAppend)
                          && bind(library, "curl_slist_free_all", curl.slistFreeAll);
    if (!complete)
        return {.failure = library.errorString()};
    // Never unloaded (QLibrary leaves a loaded library loaded when it goes): handles made
    // from it live until the process ends.
    return curl;
}

/// Loaded once, by whichever thread calls first (a function-local static: see curlmulti.cpp
/// on why not std::call_once).
const Libcurl &libcurl()
{
    static const Libcurl instance = loaded();
    return instance;
}

/// The one argument after a variadic call's option, passed on as the type that option takes:
/// libcurl numbers its options by type (CURLOPTTYPE_*, the same ranges for the multi ones).
template <typename Handle, typename Option, typename Result>
Result forwardOption(Result (*function)(Handle *, Option, ...), Handle *handle, Option option, va_list arguments)
{
    const long number = long(option);
    if (number < CURLOPTTYPE_OBJECTPOINT)
        return function(handle, option, va_arg(arguments, long));
    if (number < CURLOPTTYPE_FUNCTIONPOINT)
        return function(handle, option, va_arg(arguments, void *));
    if (number < CURLOPTTYPE_OFF_T)
        return function(handle, option, va_arg(arguments, void (*)()));
    if (number < CURLOPTTYPE_BLOB)
        return function(handle, option, va_arg(arguments, curl_off_t));
    return function(handle, option, va_arg(arguments, void *));
}

} // namespace

extern "C" {

CURLcode curl_global_init(long flags)
{
    return libcurl().globalInit ? libcurl().globalInit(flags) : CURLE_FAILED_INIT;
}

curl_version_info_data *curl_version_info(CURLversion stamp)
{
    return libcurl().versionInfo ? libcurl().versionInfo(stamp) : nullptr;
}

CURL *curl_easy_init()
{
    return libcurl().easyInit ? libcurl().easyInit() : nullptr;
}

CURLcode curl_easy_setopt(CURL *easy, CURLoption option, ...)
{
    if (!libcurl().easySetopt)
        return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, option);
    const CURLcode result = forwardOption(libcurl().easySetopt, easy, option, arguments);
    va_end(arguments);
    return result;
}

CURLcode curl_easy_getinfo(CURL *easy, CURLINFO info, ...)
{
    if (!libcurl().easyGetinfo)
        return CURLE_FAILED_INIT;
    // Every CURLINFO_* takes a pointer to where the answer goes.
    va_list arguments;
    va_start(arguments, info);
    void *answer = va_arg(arguments, void *);
    va_end(arguments);
    return libcurl().easyGetinfo(easy, info, answer);
}

CURLHcode curl_easy_header(CURL *easy, const char *name, size_t index, unsigned int origin, int request, curl_header **found)
{
    return libcurl().easyHeader ? libcurl().easyHeader(easy, name, index, origin, request, found) : CURLHE_NOT_BUILT_IN;
}

CURLcode curl_easy_pause(CURL *easy, int bitmask)
{
    return libcurl().easyPause ? libcurl().easyPause(easy, bitmask) : CURLE_FAILED_INIT;
}

const char *curl_easy_strerror(CURLcode code)
{
    return libcurl().easyStrerror ? libcurl().easyStrerror(code) : "libcurl is not loaded";
}

void curl_easy_cleanup(CURL *easy)
{
    if (libcurl().easyCleanup)
        libcurl().easyCleanup(easy);
}

CURLM *curl_multi_init()
{
    return libcurl().multiInit ? libcurl().multiInit() : nullptr;
}

CURLMcode curl_multi_setopt(CURLM *multi, CURLMoption option, ...)
{
    if (!libcurl().multiSetopt)
        return CURLM_INTERNAL_ERROR;
    va_list arguments;
    va_start(arguments, option);
    const CURLMcode result = forwardOption(libcurl().multiSetopt, multi, option, arguments);
    va_end(arguments);
    return result;
}

CURLMcode curl_multi_add_handle(CURLM *multi, CURL *easy)
{
    return libcurl().multiAddHandle ? libcurl().multiAddHandle(multi, easy) : CURLM_INTERNAL_ERROR;
}

CURLMcode curl_multi_remove_handle(CURLM *multi, CURL *easy)
{
    return libcurl().multiRemoveHandle ? libcurl().multiRemoveHandle(multi, easy) : CURLM_INTERNAL_ERROR;
}

CURLMcode curl_multi_socket_action(CURLM *multi, curl_socket_t socket, int events, int *running)
{
    return libcurl().multiSocketAction ? libcurl().multiSocketAction(multi, socket, events, running) : CURLM_INTERNAL_ERROR;
}

CURLMsg *curl_multi_info_read(CURLM *multi, int *left)
{
    return libcurl().multiInfoRead ? libcurl().multiInfoRead(multi, left) : nullptr;
}

CURLMcode curl_multi_cleanup(CURLM *multi)
{
    return libcurl().multiCleanup ? libcurl().multiCleanup(multi) : CURLM_INTERNAL_ERROR;
}

curl_slist *curl_slist_append(curl_slist *list, const char *text)
{
    return libcurl().slistAppend ? libcurl().slistAppend(list, text) : nullptr;
}

void curl_slist_free_all(curl_slist *list)
{
    if (libcurl().slistFreeAll)
        libcurl().slistFreeAll(list);
}

} // extern "C"

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

namespace freshet {

bool loadLibcurl(QString *why)
{
    if (why)
        *why = libcurl().failure;
    return libcurl().failure.isEmpty();
}

} // namespace freshet
