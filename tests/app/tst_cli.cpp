// SPDX-License-Identifier: MIT
#include "about/shippedcomponents.h"
#include "clirunner.h"
#include "freshetversion.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using freshet::freshetVersion;
using freshet::ShippedComponent;
using freshet::shippedComponents;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsVersionAndQt()
    {
        const CliRun run = runFreshet({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"freshet 0."_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Qt 6."_s));
        QVERIFY(run.err.isEmpty());
    }

    void versionShowsBothQtVersionsAndTheLicensesOfWhatShips()
    {
        const CliRun run = runFreshet({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Built with Qt "_s + QString::fromLatin1(QT_VERSION_STR) + u", running on Qt "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"  Qt "_s + QString::fromLatin1(qVersion()) + u": LGPL-3.0-only\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"  SQLite: "_s));
        QVERIFY(run.out.contains(u"  QtKeychain: BSD-3-Clause\n"_s));
    }

    void infoLicensesNamesFreshetsLicenseAndEachLibrary()
    {
        const CliRun run = runFreshet({u"info"_s, u"--licenses"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Freshet "_s + QString::fromLatin1(freshetVersion) + u": MIT\n  Copyright (c) 2026 The Freshet developers\n"_s),
                 qPrintable(run.out));
        for (const ShippedComponent &component : shippedComponents())
            QVERIFY2(run.out.contains(u"  "_s + component.name + u": "_s + component.license + u'\n'), qPrintable(component.name));
    }

    void everyLibraryTheBinaryLinksIsListedWithItsLicense()
    {
#ifdef FRESHET_SANITIZER_BUILD
        // Linked with the sanitizers, the binary also keeps Qt's OpenGL libraries as NEEDED;
        // that build is never shipped, and the release build runs this check.
        QSKIP("the sanitizer build links more than what ships; the release build checks this");
#endif
        // Every shared library the binary names must be one of those listed, so a library
        // added to the link line without its license fails here.
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"-d"_s, QString::fromLocal8Bit(FRESHET_BINARY)});
        if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
            QSKIP("readelf (binutils) cannot read the binary here");
        static const QRegularExpression needed(u"\\(NEEDED\\).*\\[(.+)\\]"_s);
        int checked = 0;
        for (const QString &line : QString::fromLocal8Bit(readelf.readAllStandardOutput()).split(u'\n')) {
            const QString soname = needed.match(line).captured(1);
            // The sanitizer runtimes exist only in the test build; no package carries them.
            if (soname.isEmpty() || soname.startsWith(u"libasan"_s) || soname.startsWith(u"libubsan"_s))
                continue;
            const bool listed = std::ranges::any_of(shippedComponents(), [&](const ShippedComponent &component) {
                return std::ranges::any_of(component.sonames, [&](const QString &prefix) { return soname.startsWith(prefix); });
            });
            QVERIFY2(listed, qPrintable(soname + u" is linked but not in shippedComponents()"_s));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    // What every command, the OS scheduler's background refreshes included, maps at start. Qt's
    // GUI: the window has an executable of its own, since loading it cost each start 3.6 ms and
    // 7 MB (docs/architecture.md). libcurl and the 18 libraries it brings (5 ms, 5 MB): loaded
    // when a download starts (services/downloads/libcurlbinding.h). A part of services/ that
    // starts to need either fails here, not unnoticed in the benchmark.
    void commandsLoadNeitherQtGuiNorLibcurl()
    {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s); // the dynamic loader lists, runs nothing
        const CliRun run = runFreshet({u"--version"_s}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"libQt6Core.so"_s) && run.out.contains(u"libQt6Network.so"_s), qPrintable(run.out));
        for (const QString &unwanted : {u"libQt6Gui.so"_s, u"libQt6Widgets.so"_s, u"libX11.so"_s, u"libxcb.so"_s, u"libcurl.so"_s,
                                        u"libnghttp2.so"_s, u"libssh2.so"_s, u"libldap"_s})
            QVERIFY2(!run.out.contains(unwanted), qPrintable(unwanted + u" is loaded by the headless executable at start:\n"_s + run.out));
#else
        QSKIP("The dynamic loader lists what it loads only with glibc's LD_TRACE_LOADED_OBJECTS");
#endif
    }

    void withoutACommandTheWindowOpens()
    {
        // Through the window's own executable, which the headless one hands its arguments to.
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"--quit-after-first-paint"_s}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"first-paint-ms "_s), qPrintable(run.out + run.err));
    }

    void helpListsCommandsAndOptions()
    {
        const CliRun run = runFreshet({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Usage: freshet"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Commands:"_s));
        QVERIFY(run.out.contains(u"  info"_s));
        QVERIFY(run.out.contains(u"--profile <DIR>"_s));
    }

    void qtsOwnWordsAreInThePersonsLanguageToo()
    {
        // Qt's own strings (here QCommandLineParser's; in the window Yes, No, Cancel and the file
        // dialog) come from Debian's qt6-translations-l10n, which the set-up installs.
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        german.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        german.remove(u"LANGUAGE"_s);
        const CliRun run = runFreshet({u"info"_s, u"--help"_s}, german);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Zeigt Hilfe zu den Kommandozeilenoptionen an."_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Displays help on commandline options."_s), qPrintable(run.out));
    }

    void commandHelpDescribesTheCommand()
    {
        const CliRun run = runFreshet({u"info"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"info"_s), qPrintable(run.out));
    }

    void unknownCommandIsOneLineAndExitOne()
    {
        const CliRun run = runFreshet({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"unknown command 'frobnicate'"_s), qPrintable(run.err));
    }

    void unknownOptionIsOneLineAndExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("global") << QStringList{u"--no-such-option"_s};
        QTest::newRow("after command") << QStringList{u"info"_s, u"--no-such-option"_s};
    }

    void unknownOptionIsOneLineAndExitOne()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runFreshet(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"no-such-option"_s), qPrintable(run.err));
    }

    void unknownFormFactorIsOneLineAndExitOne()
    {
        // The option's value is not taken for a command name, and it is checked before any window.
        const CliRun run = runFreshet({u"--form-factor"_s, u"watch"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"--form-factor takes phone, tablet or desktop, not 'watch'"_s), qPrintable(run.err));
    }

    void profileOptionChoosesWhereDataLives()
    {
        QTemporaryDir scratch;
        const QString profile = scratch.path() + u"/nested/profile"_s;
        const CliRun run = runFreshet({u"--profile"_s, profile, u"info"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(profile + u"/freshet.db"_s), qPrintable(run.out));
        QVERIFY(QDir(profile).exists());
    }

    void profileOptionAfterTheCommandWorksToo()
    {
        QTemporaryDir scratch;
        const CliRun run = runFreshet({u"info"_s, u"--profile"_s, scratch.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(scratch.path() + u"/settings.ini"_s), qPrintable(run.out));
    }

    void environmentChoosesProfileWhenNoOption()
    {
        QTemporaryDir scratch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FRESHET_PROFILE"_s, scratch.path());
        const CliRun run = runFreshet({u"info"_s}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(scratch.path() + u"/freshet.db"_s), qPrintable(run.out));
    }

    void unusableProfileIsAClearError()
    {
        QTemporaryDir scratch;
        const QString notAFolder = scratch.path() + u"/file"_s;
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run = runFreshet({u"--profile"_s, notAFolder, u"info"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is not a folder"_s), qPrintable(run.err));
    }

    void unexpectedArgumentIsRejected()
    {
        const CliRun run = runFreshet({u"info"_s, u"extra"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"unexpected argument 'extra'"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
