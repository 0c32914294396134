// SPDX-License-Identifier: MIT
// What `cmake --install` puts on a Linux desktop, installed for /usr into a scratch DESTDIR and
// checked with the freedesktop validators, man and systemd-analyze.

#include "clirunner.h"
#include "commandrun.h"
#include "systemdverify.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString prefix = u"/usr"_s;

QString inPrefix(const char *relative, const QString &name)
{
    return prefix + u'/' + QString::fromLatin1(relative) + u'/' + name;
}

/// Width and height from a PNG's IHDR chunk, which always comes first.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&head](int at) {
        return int((uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16) | (uchar(head[at + 2]) << 8) | uchar(head[at + 3]));
    };
    return {be32(16), be32(20)};
}

/// One key of a desktop file or systemd unit, read as written (QSettings would unquote it).
QString keyValue(const QString &path, const QString &section, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'['))
            current = line.mid(1, line.indexOf(u']') - 1);
        else if (current == section && line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

QString toolOrEmpty(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace

class TestInstallFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_stage = m_scratch.path() + u"/stage"_s;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DESTDIR"_s, m_stage);
        const CommandRun install = runCommand(QString::fromLocal8Bit(FRESHET_CMAKE_COMMAND),
                                              {u"--install"_s, QString::fromLocal8Bit(FRESHET_BUILD_DIR), u"--prefix"_s, prefix}, environment);
        QVERIFY2(install.ok(), qPrintable(install.report()));
    }

    void installsEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << inPrefix(FRESHET_INSTALL_BINDIR, u"freshet"_s);
        QTest::newRow("window's binary") << inPrefix(FRESHET_INSTALL_LIBEXECDIR, u"freshet/freshet-window"_s);
        QTest::newRow("desktop file") << inPrefix(FRESHET_INSTALL_DATADIR, u"applications/freshet.desktop"_s);
        QTest::newRow("metainfo") << inPrefix(FRESHET_INSTALL_DATADIR, u"metainfo/org.freshet.Freshet.metainfo.xml"_s);
        QTest::newRow("svg icon") << inPrefix(FRESHET_INSTALL_DATADIR, u"icons/hicolor/scalable/apps/freshet.svg"_s);
        QTest::newRow("man page") << inPrefix(FRESHET_INSTALL_MANDIR, u"man1/freshet.1.gz"_s);
        QTest::newRow("service") << inPrefix(FRESHET_SYSTEMD_USER_UNIT_DIR, u"freshet-fetch.service"_s);
        QTest::newRow("timer") << inPrefix(FRESHET_SYSTEMD_USER_UNIT_DIR, u"freshet-fetch.timer"_s);
    }

    void installsEveryFile()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(m_stage + path).isFile(), qPrintable(path));
    }

    void installsPngIconsOfEachSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 48, 64, 128, 256})
            QTest::addRow("%d", size) << size;
    }

    void installsPngIconsOfEachSize()
    {
        QFETCH(int, size);
        const QString path = m_stage + inPrefix(FRESHET_INSTALL_DATADIR, u"icons/hicolor/%1x%1/apps/freshet.png"_s.arg(size));
        QCOMPARE(pngSize(path), QSize(size, size));
    }

    void desktopFileValidates()
    {
        const QString validator = toolOrEmpty(u"desktop-file-validate"_s);
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        const CommandRun run = runCommand(validator, {desktopFile()});
        // It prints hints as well as errors; any line at all is something to fix.
        QVERIFY2(run.ok() && run.out.trimmed().isEmpty(), qPrintable(run.report()));
    }

    void desktopFileMatchesWhatTheAppAnnounces()
    {
        // Headless runs send desktop-entry "freshet" with their notifications and the window
        // sets desktopFileName "freshet" (tst_backgroundruns checks the hint), so the file must
        // be freshet.desktop, and its icon the installed hicolor name.
        QCOMPARE(keyValue(desktopFile(), u"Desktop Entry"_s, u"Icon"_s), u"freshet"_s);
        // The window takes no file or URL arguments, so Exec= promises none.
        QCOMPARE(keyValue(desktopFile(), u"Desktop Entry"_s, u"Exec"_s), u"freshet"_s);
        QCOMPARE(QFileInfo(desktopFile()).fileName(), u"freshet.desktop"_s);
    }

    void metainfoValidates()
    {
        const QString appstream = toolOrEmpty(u"appstreamcli"_s);
        if (appstream.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        const QString metainfo = m_stage + inPrefix(FRESHET_INSTALL_DATADIR, u"metainfo/org.freshet.Freshet.metainfo.xml"_s);
        const CommandRun run = runCommand(appstream, {u"validate"_s, u"--no-net"_s, metainfo});
        QVERIFY2(run.ok(), qPrintable(run.report()));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.contains("<launchable type=\"desktop-id\">freshet.desktop</launchable>"));
        // Flathub and software centres show the project's license; LICENSE says MIT.
        QVERIFY(xml.contains("<project_license>MIT</project_license>"));
    }

    void manPageRendersWithoutWarnings()
    {
        const QString man = toolOrEmpty(u"man"_s);
        if (man.isEmpty())
            QSKIP("man is not installed (Debian package man-db)");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MANWIDTH"_s, u"100"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const CommandRun run = runCommand(man, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, manPage()}, environment);
        QVERIFY2(run.ok(), qPrintable(run.report()));
        QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
        m_manText = run.out;
        QVERIFY(m_manText.contains(u"FRESHET_PROFILE"_s));
        QVERIFY(m_manText.contains(u"EXIT STATUS"_s));
        QVERIFY(m_manText.contains(u"MIT License"_s));
        for (const QString &code : {u"0"_s, u"1"_s, u"2"_s, u"3"_s})
            QVERIFY2(m_manText.contains(QRegularExpression(u"^\\s+"_s + code + u"\\s"_s, QRegularExpression::MultilineOption)),
                     qPrintable(code));
    }

    void manPageCoversEveryCommandAndOption()
    {
        if (m_manText.isEmpty())
            QSKIP("the man page was not rendered");
        const CliRun help = runFreshet({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QStringList commands = commandNames(help.out);
        QVERIFY2(commands.size() >= 12, qPrintable(help.out));
        for (const QString &command : commands) {
            QVERIFY2(m_manText.contains(QRegularExpression(u"^\\s+"_s + command + u"\\b"_s, QRegularExpression::MultilineOption)),
                     qPrintable(u"the man page lacks the command "_s + command));
            const CliRun commandHelp = runFreshet({command, u"--help"_s});
            static const QRegularExpression option(u"--([a-z][a-z-]+)"_s);
            for (const QRegularExpressionMatch &match : option.globalMatch(commandHelp.out)) {
                const QString name = match.captured(0);
                QVERIFY2(m_manText.contains(name), qPrintable(u"the man page lacks "_s + command + u' ' + name));
            }
        }
    }

    void systemdUnitsStartTheInstalledBinary()
    {
        QCOMPARE(keyValue(unitPath(u"freshet-fetch.service"_s), u"Service"_s, u"ExecStart"_s),
                 u"\"%1\" \"fetch\" \"--background\""_s.arg(inPrefix(FRESHET_INSTALL_BINDIR, u"freshet"_s)));
        QCOMPARE(keyValue(unitPath(u"freshet-fetch.timer"_s), u"Timer"_s, u"OnUnitActiveSec"_s), u"1800s"_s);
        QCOMPARE(keyValue(unitPath(u"freshet-fetch.timer"_s), u"Install"_s, u"WantedBy"_s), u"timers.target"_s);
    }

    void systemdAcceptsTheInstalledUnits()
    {
        const CommandRun run = verifyUserUnits({unitPath(u"freshet-fetch.timer"_s), unitPath(u"freshet-fetch.service"_s)}, m_stage,
                                               m_scratch.path());
        if (!run.finished && run.err.isEmpty())
            QSKIP("systemd-analyze is not installed (Debian package systemd)");
        QVERIFY2(run.ok(), qPrintable(run.report()));
    }

private:
    QString desktopFile() const { return m_stage + inPrefix(FRESHET_INSTALL_DATADIR, u"applications/freshet.desktop"_s); }
    QString manPage() const { return m_stage + inPrefix(FRESHET_INSTALL_MANDIR, u"man1/freshet.1.gz"_s); }
    QString unitPath(const QString &name) const { return m_stage + inPrefix(FRESHET_SYSTEMD_USER_UNIT_DIR, name); }

    /// The command names `freshet --help` lists under "Commands:".
    static QStringList commandNames(const QString &help)
    {
        QStringList names;
        bool inCommands = false;
        for (const QString &line : help.split(u'\n')) {
            if (line == u"Commands:"_s) {
                inCommands = true;
                continue;
            }
            if (!inCommands)
                continue;
            if (!line.startsWith(u"  "_s))
                break;
            names << line.trimmed().section(u' ', 0, 0);
        }
        return names;
    }

    QTemporaryDir m_scratch;
    QString m_stage;
    QString m_manText;
};

QTEST_GUILESS_MAIN(TestInstallFiles)
#include "tst_installfiles.moc"
