// SPDX-License-Identifier: MIT
// `freshet import` and `export` against what a path can be besides a regular file: pipes,
// devices that never end, standard input and output. Devices are made in the test's own folder
// (mknod needs root); the machine's /dev nodes are only ever read.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray oneFeedOpml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                               "<outline type=\"rss\" text=\"One\" xmlUrl=\"https://one.example/rss\"/></body></opml>";

mode_t fileType(const QString &path)
{
    struct stat info
    {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

} // namespace

class TestCliOpmlFiles final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;

    CliRun freshet(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile->path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), input, 120000);
    }

    int subscriptionCount() { return int(QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array().size()); }

    /// Export refused: exit 1, one sentence, and the node still what it was.
    void verifyExportRefused(const QString &path, mode_t type)
    {
        const CliRun run = freshet({u"export"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"not a regular file"_s), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Exported"_s), qPrintable(run.out));
        QCOMPARE(fileType(path), type);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        QFile opml(m_profile->filePath(u"one.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly) && opml.write(oneFeedOpml) == oneFeedOpml.size());
        opml.close();
        QCOMPARE(freshet({u"import"_s, opml.fileName()}).exitCode, 0);
    }

    void exportNeverReplacesAPipe()
    {
        const QString fifo = m_profile->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        verifyExportRefused(fifo, S_IFIFO);
    }

    void exportNeverReplacesADevice()
    {
        if (::geteuid() != 0)
            QSKIP("making a device node needs root");
        // The null device (1, 3), made here: a broken export replaces this node, not /dev's.
        const QString device = m_profile->filePath(u"null"_s);
        QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)), 0);
        verifyExportRefused(device, S_IFCHR);
    }

    void exportNeverReplacesAFolder()
    {
        const QString folder = m_profile->filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folder));
        verifyExportRefused(folder, S_IFDIR);
    }

    void exportWritesRegularFilesAndNewPaths()
    {
        const QString path = m_profile->filePath(u"subs.opml"_s);
        for (int round = 0; round < 2; ++round) { // a new path, then the file it made
            const CliRun run = freshet({u"export"_s, path});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(u"Exported 1 feed"_s), qPrintable(run.out));
            QCOMPARE(fileType(path), S_IFREG);
        }
    }

    void exportToAFullStandardOutputFails()
    {
        // Writing into /dev/full is safe: every write fails with "no space left".
        QProcess process;
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(QString::fromLocal8Bit(FRESHET_BINARY), {u"--profile"_s, m_profile->path(), u"export"_s, u"-"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(u"standard output"_s), qPrintable(err));
    }

    void importReadsStandardInput()
    {
        QByteArray opml = oneFeedOpml;
        opml.replace("one.example", "two.example");
        const CliRun run = freshet({u"import"_s, u"-"_s}, opml);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(subscriptionCount(), 2);
    }

    void importOfAnEndlessDeviceIsRefusedAtTheLimit()
    {
        const CliRun run = freshet({u"import"_s, u"/dev/zero"_s});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"larger than 50 MB"_s), qPrintable(run.err));
        QCOMPARE(subscriptionCount(), 1);
    }

    void importOfAPipeIsBoundedAsItComes()
    {
        const QString fifo = m_profile->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // 60 MB, then the writer closes: over the limit, whatever size() says of a pipe (0).
        QProcess writer;
        writer.start(u"/bin/sh"_s, {u"-c"_s, u"head -c 62914560 /dev/zero > \"$0\""_s, fifo});
        QVERIFY(writer.waitForStarted());
        const CliRun run = freshet({u"import"_s, fifo});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"larger than 50 MB"_s), qPrintable(run.err));
        // The reader stopped at the limit; the writer ends on the closed pipe.
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(subscriptionCount(), 1);
    }

    void importOfAPipeUnderTheLimitWorks()
    {
        const QString fifo = m_profile->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray opml = oneFeedOpml;
        opml.replace("one.example", "two.example");
        QFile source(m_profile->filePath(u"two.opml"_s));
        QVERIFY(source.open(QIODevice::WriteOnly) && source.write(opml) == opml.size());
        source.close();
        QProcess writer;
        writer.start(u"/bin/sh"_s, {u"-c"_s, u"cat \"$1\" > \"$0\""_s, fifo, source.fileName()});
        QVERIFY(writer.waitForStarted());
        const CliRun run = freshet({u"import"_s, fifo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(subscriptionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOpmlFiles)
#include "tst_cli_opmlfiles.moc"
