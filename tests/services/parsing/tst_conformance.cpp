// SPDX-License-Identifier: MIT
// Runs FeedParser over the shared conformance corpora (gofeed, feedparser) and fails when fewer
// cases pass than the ratchet in conformance-ratchet.txt. Skipped when the corpora are absent.
#include "conformancecompare.h"

#include "parsing/feedjson.h"
#include "parsing/feedparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tally
{
    int passed = 0;
    int total = 0;
    void add(bool ok)
    {
        ++total;
        passed += ok ? 1 : 0;
    }
    QString text() const { return u"%1/%2 (%3%)"_s.arg(passed).arg(total).arg(total ? 100.0 * passed / total : 0.0, 0, 'f', 1); }
};

QMap<QString, int> readRatchet(const QString &path)
{
    QMap<QString, int> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() == 2)
            values.insert(parts[0], parts[1].toInt());
    }
    return values;
}

} // namespace

class TestConformance final : public QObject
{
    Q_OBJECT

private slots:
    void corpora()
    {
        const QString root = QString::fromLocal8Bit(FRESHET_CONFORMANCE_DIR);
        if (!QFileInfo::exists(root + u"/SCHEMA.md"_s))
            QSKIP(qPrintable(u"conformance corpus not found at %1"_s.arg(root)));

        const QMap<QString, int> ratchet = readRatchet(QString::fromLocal8Bit(FRESHET_RATCHET_FILE));
        QVERIFY2(!ratchet.isEmpty(), "the ratchet file is missing or empty");

        QMap<QString, Tally> bySuite, byFormat;
        Tally wellFormed, all;
        QStringList failures;
        QStringList cases;
        QDirIterator it(root, {u"*.expected.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            cases.append(it.next());
        cases.sort();
        const bool verbose = qEnvironmentVariableIsSet("FRESHET_CONFORMANCE_VERBOSE");

        for (const QString &path : std::as_const(cases)) {
            QFile expectedFile(path);
            QVERIFY(expectedFile.open(QIODevice::ReadOnly));
            const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
            QVERIFY2(!expected.isEmpty(), qPrintable(path));
            const QFileInfo info(path);
            QFile input(info.dir().filePath(expected.value("input"_L1).toString()));
            QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));

            const freshet::ParsedFeed feed = freshet::FeedParser::parse(input.readAll());
            const QJsonObject actual = freshet::FeedJson::toJson(feed);
            const QStringList problems = ConformanceCompare::mismatches(expected, actual);
            const bool ok = problems.isEmpty();

            const QString relative = QDir(root).relativeFilePath(path).chopped(int(qstrlen(".expected.json")));
            const QString suite = relative.section(u'/', 0, 0);
            QString format = expected.value("format"_L1).toString();
            if (format.isEmpty())
                format = expected.value("format_detected"_L1).toString();
            if (format.isEmpty())
                format = u"none"_s;
            bySuite[suite].add(ok);
            byFormat[suite + u'/' + format].add(ok);
            all.add(ok);
            if (expected.value("input_xml_wellformed"_L1).toBool(false)
                || (format == u"json"_s && expected.value("error"_L1) != QJsonValue(true)))
                wellFormed.add(ok);
            if (!ok)
                failures.append(relative + u": "_s + (verbose ? problems.join(u"; "_s) : problems.constFirst()));
        }

        qInfo().noquote() << "Conformance:" << all.text() << "of all cases;" << wellFormed.text() << "of well-formed inputs";
        for (auto s = bySuite.constBegin(); s != bySuite.constEnd(); ++s)
            qInfo().noquote() << "  suite" << s.key() << s.value().text();
        for (auto f = byFormat.constBegin(); f != byFormat.constEnd(); ++f)
            qInfo().noquote() << "    " << f.key() << f.value().text();
        for (const QString &failure : std::as_const(failures))
            qInfo().noquote() << "  FAIL" << failure;

        const auto check = [&](const QString &name, int passed) {
            const int floor = ratchet.value(name, -1);
            QVERIFY2(floor >= 0, qPrintable(u"no ratchet value for '%1'"_s.arg(name)));
            QVERIFY2(passed >= floor, qPrintable(u"%1: %2 cases pass, below the ratchet of %3"_s.arg(name).arg(passed).arg(floor)));
            if (passed > floor)
                qInfo().noquote() << "  ratchet" << name << "can be raised from" << floor << "to" << passed;
        };
        check(u"all"_s, all.passed);
        check(u"wellformed"_s, wellFormed.passed);
        for (auto s = bySuite.constBegin(); s != bySuite.constEnd(); ++s)
            check(s.key(), s.value().passed);
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
