// SPDX-License-Identifier: MIT
// The .deb that `make package` builds: cpack makes it, then it is installed for real when the
// test runs as root with dpkg and no freshet package is installed already (CI), otherwise
// unpacked into a throwaway root; the installed binary must run and fetch headless, and a real
// install must go away again without leaving a file behind.

#include "commandrun.h"
#include "feedserverprocess.h"
#include "systemdverify.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString packageName = u"freshet"_s;

CommandRun dpkg(const QStringList &arguments)
{
    // Another dpkg or apt on the machine holds the lock for a while; wait for it, briefly.
    CommandRun run;
    for (int attempt = 0; attempt < 12; ++attempt) {
        run = runCommand(u"dpkg"_s, arguments);
        if (run.ok() || !run.err.contains(u"lock"_s))
            break;
        QThread::sleep(5);
    }
    return run;
}

/// "install ok installed", "deinstall ok config-files", or empty when dpkg knows nothing.
QString packageStatus()
{
    const CommandRun run = runCommand(u"dpkg-query"_s, {u"-W"_s, u"-f=${Status}"_s, packageName});
    return run.ok() ? run.out.trimmed() : QString();
}

} // namespace

class TestDebPackage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"dpkg-deb"_s).isEmpty() || QStandardPaths::findExecutable(u"dpkg-shlibdeps"_s).isEmpty())
            QSKIP("building a .deb needs dpkg-deb and dpkg-shlibdeps (Debian package dpkg-dev)");
        QVERIFY(m_scratch.isValid());
        const CommandRun cpack = runCommand(QString::fromLocal8Bit(FRESHET_CPACK_COMMAND),
                                            {u"-G"_s, u"DEB"_s, u"--config"_s, QString::fromLocal8Bit(FRESHET_BUILD_DIR) + u"/CPackConfig.cmake"_s,
                                             u"-B"_s, m_scratch.path() + u"/out"_s},
                                            QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(cpack.ok(), qPrintable(cpack.report()));
        const QStringList debs = QDir(m_scratch.path() + u"/out"_s).entryList({u"freshet_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_scratch.path() + u"/out/"_s + debs.constFirst();

        // A person's own freshet package is never replaced or removed by a test.
        m_realInstall = ::geteuid() == 0 && !QStandardPaths::findExecutable(u"dpkg"_s).isEmpty()
                        && !packageStatus().startsWith(u"install "_s) && qEnvironmentVariable("FRESHET_PACKAGE_TEST") != u"extract"_s;
        qInfo("%s", m_realInstall ? "installing the package for real with dpkg" : "unpacking the package into a throwaway root");
    }

    void packageDeclaresItsDependencies()
    {
        const CommandRun fields = runCommand(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Package"_s, u"Version"_s, u"Section"_s, u"Depends"_s});
        QVERIFY2(fields.ok(), qPrintable(fields.report()));
        QVERIFY2(fields.out.contains(u"Package: freshet\n"_s), qPrintable(fields.out));
        QVERIFY2(fields.out.contains(u"Version: "_s + QString::fromLatin1(FRESHET_VERSION) + u'\n'), qPrintable(fields.out));
        QVERIFY2(fields.out.contains(u"Section: net\n"_s), qPrintable(fields.out));
        // From dpkg-shlibdeps, then the plugins it cannot see.
        for (const QString &dependency : {u"libqt6core6"_s, u"libqt6widgets6"_s, u"libqt6keychain1"_s, u"libgumbo1"_s,
                                          u"libqt6sql6-sqlite"_s, u"qt6-qpa-plugins"_s, u"libqt6svg6"_s, u"libcurl4 (>= 7.83)"_s})
            QVERIFY2(fields.out.contains(dependency), qPrintable(dependency + u" missing from: "_s + fields.out));
    }

    void packageHoldsTheDesktopFiles()
    {
        const CommandRun contents = runCommand(u"dpkg-deb"_s, {u"-c"_s, m_deb});
        QVERIFY2(contents.ok(), qPrintable(contents.report()));
        for (const QString &path :
             {u"./usr/bin/freshet"_s, u"./usr/libexec/freshet/freshet-window"_s, u"./usr/share/applications/freshet.desktop"_s,
              u"./usr/share/metainfo/org.freshet.Freshet.metainfo.xml"_s, u"./usr/share/icons/hicolor/scalable/apps/freshet.svg"_s,
              u"./usr/share/icons/hicolor/48x48/apps/freshet.png"_s, u"./usr/share/man/man1/freshet.1.gz"_s,
              u"./usr/lib/systemd/user/freshet-fetch.service"_s, u"./usr/lib/systemd/user/freshet-fetch.timer"_s})
            QVERIFY2(contents.out.contains(path + u'\n'), qPrintable(path));
        for (const QString &line : contents.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u'd'))
                m_files << line.section(u' ', -1).mid(1); // "./usr/bin/freshet" -> "/usr/bin/freshet"
        }
    }

    void packageCarriesItsLicenseAndChangelog()
    {
        for (const QString &path :
             {u"/usr/share/doc/freshet/copyright"_s, u"/usr/share/doc/freshet/changelog.gz"_s, u"/usr/share/lintian/overrides/freshet"_s})
            QVERIFY2(m_files.contains(path), qPrintable(path));
        const CommandRun maintainer = runCommand(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Maintainer"_s});
        QVERIFY2(maintainer.ok(), qPrintable(maintainer.report()));
        QVERIFY2(maintainer.out.trimmed() == QString::fromLocal8Bit(FRESHET_MAINTAINER), qPrintable(maintainer.out));
    }

    void lintianFindsNothingToFix()
    {
        const QString lintian = QStandardPaths::findExecutable(u"lintian"_s);
        if (lintian.isEmpty())
            QSKIP("lintian is not installed (Debian package lintian)");
        // Every tag down to pedantic and informational ones: each is fixed, or justified in
        // resources/linux/lintian-overrides, which lintian reads from the package itself.
        const CommandRun run = runCommand(lintian,
                                          {u"--pedantic"_s, u"--display-info"_s, u"--tag-display-limit"_s, u"0"_s, u"--fail-on"_s,
                                           u"error,warning,info,pedantic"_s, m_deb},
                                          QProcessEnvironment::systemEnvironment(), 300000);
        // The override for machine-code bytes that read as a misspelt word is needed by some
        // builds and not others (the bytes change with the code and the compiler), so that one
        // going unused is no finding, nor lintian's count of overrides (an unused one is listed
        // on a line of its own); every other line is.
        QStringList findings = run.out.split(u'\n', Qt::SkipEmptyParts);
        findings.removeIf([](const QString &line) {
            return line.contains(u"unused-override spelling-error-in-binary"_s) || (line.startsWith(u"N: "_s) && line.contains(u"overrid"_s));
        });
        QVERIFY2(findings.isEmpty(), qPrintable(run.report()));
        QVERIFY2(run.ok() || !run.out.trimmed().isEmpty(), qPrintable(run.report()));
    }

    void installs()
    {
        if (m_realInstall) {
            // Marks the install so the CTest cleanup step removes the package even if this
            // test crashes or times out before cleanupTestCase().
            QFile marker(QString::fromLocal8Bit(FRESHET_INSTALL_MARKER));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.close();
            const CommandRun install = dpkg({u"-i"_s, m_deb});
            QVERIFY2(install.ok(), qPrintable(install.report()));
            QCOMPARE(packageStatus(), u"install ok installed"_s);
            m_root.clear();
        } else {
            m_root = m_scratch.path() + u"/root"_s;
            const CommandRun unpack = runCommand(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root});
            QVERIFY2(unpack.ok(), qPrintable(unpack.report()));
        }
        QVERIFY(QFileInfo(installedBinary()).isExecutable());
    }

    void versionShowsVersionQtAndLicenses()
    {
        const CommandRun run = runCommand(installedBinary(), {u"--version"_s});
        QVERIFY2(run.ok(), qPrintable(run.report()));
        QVERIFY2(run.out.startsWith(u"freshet "_s + QString::fromLatin1(FRESHET_VERSION) + u" (Qt "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"LGPL-3.0-only"_s) && run.out.contains(u"SQLite"_s), qPrintable(run.out));
        // libcurl is not linked but loaded at run time (by the first download; here, to name
        // its version): the package's Depends must bring a copy the loader finds.
        QVERIFY2(run.out.contains(u"  libcurl 7."_s) || run.out.contains(u"  libcurl 8."_s), qPrintable(run.out));
    }

    void fetchesHeadlessFromTheTestServer()
    {
        FeedServerProcess server;
        QVERIFY2(server.start({u"--feeds"_s, u"2"_s, u"--items"_s, u"5"_s}), qPrintable(server.errorString()));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QStringList base{u"--profile"_s, profile.path()};
        const CommandRun add = runCommand(installedBinary(), base + QStringList{u"add"_s, server.url(u"/gen/1.xml"_s).toString()}, environment);
        QVERIFY2(add.ok(), qPrintable(add.report()));
        const CommandRun fetch = runCommand(installedBinary(), base + QStringList{u"fetch"_s, u"--json"_s}, environment);
        QVERIFY2(fetch.ok(), qPrintable(fetch.report()));
        const QJsonObject summary = QJsonDocument::fromJson(fetch.out.toUtf8()).object();
        QCOMPARE(summary.value(u"result"_s).toString(), u"newData"_s);
        QVERIFY(server.stop());

        // Without a command the installed freshet hands over to the window's executable in
        // libexec, which paints the items just fetched.
        const CommandRun window = runCommand(installedBinary(), base + QStringList{u"--quit-after-first-paint"_s}, environment);
        QVERIFY2(window.ok(), qPrintable(window.report()));
        QVERIFY2(window.out.contains(u"first-paint-ms"_s) && window.out.contains(u"rows 5"_s), qPrintable(window.report()));
    }

    void systemdAcceptsTheInstalledUnits()
    {
        // After a real install these are the very files in /usr/lib/systemd/user.
        const QString units = m_root + u"/usr/lib/systemd/user/"_s;
        const CommandRun run = verifyUserUnits({units + u"freshet-fetch.timer"_s, units + u"freshet-fetch.service"_s}, m_root,
                                               m_scratch.path());
        if (!run.finished && run.err.isEmpty())
            QSKIP("systemd-analyze is not installed (Debian package systemd)");
        QVERIFY2(run.ok(), qPrintable(run.report()));
    }

    void removesCleanly()
    {
        if (!m_realInstall)
            QSKIP("the package was only unpacked, so there is nothing to remove");
        const CommandRun purge = dpkg({u"--purge"_s, packageName});
        QVERIFY2(purge.ok(), qPrintable(purge.report()));
        QFile::remove(QString::fromLocal8Bit(FRESHET_INSTALL_MARKER));
        QVERIFY2(packageStatus().isEmpty() || packageStatus().startsWith(u"unknown"_s) || packageStatus().startsWith(u"not-installed"_s),
                 qPrintable(packageStatus()));
        QVERIFY(!m_files.isEmpty());
        for (const QString &file : std::as_const(m_files))
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file + u" is still there"_s));
    }

    void cleanupTestCase()
    {
        // Whatever failed above, a real install does not outlive the test.
        if (m_realInstall && QFile::exists(QString::fromLocal8Bit(FRESHET_INSTALL_MARKER))) {
            dpkg({u"--purge"_s, packageName});
            QFile::remove(QString::fromLocal8Bit(FRESHET_INSTALL_MARKER));
        }
    }

private:
    QString installedBinary() const { return m_root + u"/usr/bin/freshet"_s; }

    QTemporaryDir m_scratch;
    QString m_deb;
    QString m_root; ///< empty for a real install
    QStringList m_files;
    bool m_realInstall = false;
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
