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
    // what is on this machine. QtKeychain is found by CMake but no code calls it, so the
    // linker drops it and it is not shipped; list it here once something uses it.
    return {
        {u"Qt "_s + QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s},
        {u"SQLite"_s, AboutMessages::tr("public domain")},
    };
}

QString qtVersionsLine()
{
    return AboutMessages::tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace freshet
