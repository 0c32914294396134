// SPDX-License-Identifier: MIT
#include "shippedcomponents.h"

#include <QCoreApplication>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
class AboutMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AboutMessages)
};
} // namespace

QList<ShippedComponent> shippedComponents()
{
    // The running Qt, not the one built against: that is the one whose license applies to
    // what is on this machine. QtKeychain keeps feed passwords (services/credentials/); it
    // has no reliable runtime version to show.
    return {
        {u"Qt "_s + QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s},
        {u"SQLite"_s, AboutMessages::tr("public domain")},
        {u"QtKeychain"_s, u"BSD-3-Clause"_s},
    };
}

QString qtVersionsLine()
{
    return AboutMessages::tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace freshet
