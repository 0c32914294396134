// SPDX-License-Identifier: MIT
#include "shippedcomponents.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <curl/curl.h>

#include "freshetversion.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
class AboutMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AboutMessages)
};

QString libcurlName()
{
    const curl_version_info_data *running = curl_version_info(CURLVERSION_NOW);
    return running ? u"libcurl "_s + QString::fromLatin1(running->version) : u"libcurl"_s;
}
} // namespace

ShippedComponent freshetItself()
{
    return {u"Freshet "_s + QString::fromLatin1(freshetVersion), u"MIT"_s, {}};
}

QString freshetCopyright()
{
    return u"Copyright (c) 2026 The Freshet developers"_s;
}

QList<ShippedComponent> shippedComponents()
{
    // The running Qt, not the one built against: that is the one whose license applies to
    // what is on this machine. QtKeychain keeps feed passwords (services/credentials/); it
    // has no reliable runtime version to show, nor has Gumbo (the HTML parser of the article
    // sanitiser, services/html/). SQLite is the copy Qt's SQL driver runs on, which the
    // desktop Unix builds also link for a new item's row (services/storage/sqlitestatement.h).
    // The C and C++ runtimes are linked by every C++
    // program; their exception clauses are what let Freshet keep its own license. ICU guesses
    // the encoding of feeds that name none (services/parsing/charsetguesser.cpp); it is the copy
    // Qt loads anyway (Debian 12 has ICU 72, under Unicode-DFS-2016). libcurl (downloads) is
    // under its own MIT-style license, SPDX "curl"; the running one, as for Qt (loaded here if no
    // download has loaded it yet: services/downloads/libcurlbinding.h).
    return {
        {u"Qt "_s + QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s, {u"libQt6"_s}},
        {u"QtKeychain"_s, u"BSD-3-Clause"_s, {u"libqt6keychain"_s}},
        {u"ICU"_s, u"Unicode-DFS-2016"_s, {u"libicu"_s}},
        {u"Gumbo"_s, u"Apache-2.0"_s, {u"libgumbo"_s}},
        {libcurlName(), u"curl"_s, {u"libcurl"_s}},
        {u"SQLite"_s, AboutMessages::tr("public domain"), {u"libsqlite3"_s}},
        {u"GNU C++ Library and GCC runtime"_s, u"GPL-3.0-or-later WITH GCC-exception-3.1"_s, {u"libstdc++"_s, u"libgcc_s"_s}},
        {u"GNU C Library"_s, u"LGPL-2.1-or-later"_s, {u"libc.so"_s, u"libm.so"_s}},
    };
}

QString linkedLibrariesHeading()
{
    return AboutMessages::tr("Libraries Freshet links, and their licenses:");
}

QString licensesText()
{
    const ShippedComponent freshet = freshetItself();
    QString text = freshet.name + u": "_s + freshet.license + u'\n' + u"  "_s + freshetCopyright() + u'\n' + linkedLibrariesHeading() + u'\n';
    for (const ShippedComponent &component : shippedComponents())
        text += u"  "_s + component.name + u": "_s + component.license + u'\n';
    text += AboutMessages::tr("The full texts: %1 when Freshet was installed from its Debian package, LICENSE in its source.").arg(u"/usr/share/doc/freshet/copyright"_s)
            + u'\n';
    return text;
}

QString qtVersionsLine()
{
    return AboutMessages::tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace freshet
