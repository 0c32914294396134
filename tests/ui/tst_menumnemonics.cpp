// SPDX-License-Identifier: MIT
// Every menu of the window, in every shipped language, as a keyboard user reaches it: each
// menu title and each command has an Alt mnemonic, and no two in the same menu bar or menu
// share one (Alt+A must not be both "Artikel" and "Ansicht").
#include "mainwindow.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// The mnemonic letter of a menu text ("&File" → 'f'); nothing when it has none ("&&" is a
/// literal ampersand).
std::optional<QChar> mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

/// What is wrong with one menu's entries (or the menu bar's titles): a missing mnemonic, or
/// one letter for two entries.
QStringList problemsOf(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const std::optional<QChar> letter = mnemonic(action->text());
        if (!letter) {
            problems << u"%1: “%2” has no mnemonic"_s.arg(where, action->text());
            continue;
        }
        if (taken.contains(*letter))
            problems << u"%1: Alt+%2 is both “%3” and “%4”"_s.arg(where, letter->toUpper(), taken.value(*letter), action->text());
        taken.insert(*letter, action->text());
    }
    return problems;
}

QStringList problemsOfMenu(const QString &where, QMenu *menu)
{
    QStringList problems = problemsOf(where, menu->actions());
    for (QAction *action : menu->actions()) {
        if (action->menu())
            problems << problemsOfMenu(where + u" › "_s + action->text(), action->menu());
    }
    return problems;
}

} // namespace

class TestMenuMnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void everyMenuEntryHasItsOwnMnemonicInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"ro"_s})
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMenuEntryHasItsOwnMnemonicInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(FRESHET_QM_DIR "/freshet_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        });

        TestProfile profile;
        TestWindow app(profile, /*debugMenu=*/true);
        QMenuBar *bar = app.window->menuBar();
        QStringList problems = problemsOf(u"menu bar"_s, bar->actions());
        int menus = 0;
        for (QAction *title : bar->actions()) {
            if (title->menu()) {
                ++menus;
                problems << problemsOfMenu(title->text(), title->menu());
            }
        }
        // File, Feeds, Item, View, Downloads, Help and Debug at least: the walk saw the menus.
        QVERIFY2(menus >= 7, qPrintable(QString::number(menus)));
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestMenuMnemonics)
#include "tst_menumnemonics.moc"
