// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace freshet {

/// One library Freshet ships (in its package or next to its binary) and the license it comes
/// under, for `freshet --version` and the About dialog, so both say the same.
struct ShippedComponent
{
    QString name;     ///< "Qt 6.4.2", with the version where the library tells it
    QString license;  ///< an SPDX identifier, or "public domain" in the reader's language
};

/// Freshet's own license is not among them: the project has no license file yet.
QList<ShippedComponent> shippedComponents();

/// "Built with Qt 6.4.2, running on Qt 6.4.3." in the reader's language.
QString qtVersionsLine();

} // namespace freshet
