// SPDX-License-Identifier: MIT
#include "translations.h"

#include "profile/languagesetting.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void installTranslations(QCoreApplication &app, const QString &profileDir)
{
    // Read-only: a missing settings file is simply "follow the system".
    QSettings settings(Profile::resolve(profileDir).settingsPath(), QSettings::IniFormat);
    const QString chosen = chosenLanguage(settings);
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *ownTranslator = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 feed", "2 feeds") live in
    // freshet_en; it is also the fallback for languages Freshet does not ship, and for "C".
    if (ownTranslator->load(locale, u"freshet"_s, u"_"_s, u":/i18n"_s) || ownTranslator->load(u":/i18n/freshet_en.qm"_s))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace freshet
