// SPDX-License-Identifier: MIT
#include "processcputime.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/resource.h>
#endif

namespace freshet {

std::chrono::milliseconds processCpuTime()
{
#if defined(_WIN32)
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return {};
    const auto hundredNanoseconds = [](const FILETIME &time) {
        return (static_cast<unsigned long long>(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    };
    return std::chrono::milliseconds((hundredNanoseconds(kernel) + hundredNanoseconds(user)) / 10000);
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return {};
    const auto milliseconds = [](const timeval &time) {
        return std::chrono::milliseconds(time.tv_sec * 1000LL + time.tv_usec / 1000);
    };
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime);
#endif
}

} // namespace freshet
