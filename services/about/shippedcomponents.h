// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace freshet {

/// One library Freshet ships (in its package or next to its binary) and the license it comes
/// under, for `freshet --version` and the About dialog, so both say the same.
struct ShippedComponent
{
    QString name;    ///< "Qt 6.4.2", with the version where the library tells it
    QString license; ///< an SPDX identifier, or "public domain" in the reader's language
    /// The shared libraries (soname prefixes, "libQt6") through which the binary links it; a
    /// test holds every NEEDED entry of the freshet binary to this list.
    QStringList sonames;
};

/// Freshet's own entry: "Freshet VERSION" under MIT (the LICENSE file's terms).
ShippedComponent freshetItself();

/// "Copyright (c) 2026 The Freshet developers", as LICENSE says it (never translated).
QString freshetCopyright();

/// The libraries the freshet binary links, each with its license; Freshet itself is not
/// among them (freshetItself()).
QList<ShippedComponent> shippedComponents();

/// "Libraries Freshet links, and their licenses:", the heading of that list wherever it is shown.
QString linkedLibrariesHeading();

/// Freshet's license and copyright, then each linked library with its license, one per line,
/// in the reader's language: what `freshet --version` and `freshet info --licenses` print.
QString licensesText();

/// "Built with Qt 6.4.2, running on Qt 6.4.3." in the reader's language.
QString qtVersionsLine();

} // namespace freshet
