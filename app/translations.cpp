#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, u"freshet"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace freshet
