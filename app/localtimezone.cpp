// SPDX-License-Identifier: MIT
#include "localtimezone.h"

#include <QtGlobal>

namespace freshet {

void readLocalTimeZoneOnce()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
}

} // namespace freshet
