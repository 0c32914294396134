// SPDX-License-Identifier: MIT
#include "notify/desktopnotifier.h"

#include <QCoreApplication>

namespace freshet {

namespace {
class NotifierMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::NotifierMessages)
};
} // namespace

Status postDesktopNotification(const QString &, const QString &)
{
    return Status::failure(NotifierMessages::tr("This platform shows notifications only from the Freshet window."));
}

} // namespace freshet
