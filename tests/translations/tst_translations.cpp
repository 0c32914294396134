// SPDX-License-Identifier: MIT
// Every shipped language is complete and current, and the binary really speaks it.
#include "clirunner.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    bool finished = false;
    bool numerus = false;
    int forms = 0;
};

/// (context, source) → what the .ts says about it.
QHash<QString, Message> readTs(const QString &path, QString *error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                current = Message{};
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                source.clear();
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const QStringView type = xml.attributes().value(u"type"_s);
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.finished = current.finished && !xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty();
            } else if (xml.name() == u"numerusform"_s) {
                if (!xml.readElementText().isEmpty())
                    ++current.forms;
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.insert(context + u'\x1f' + source, current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Message> m_current; // what lupdate finds in today's sources

private slots:
    void initTestCase()
    {
        QTemporaryDir scratch;
        const QString ts = scratch.filePath(u"current.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QString::fromLocal8Bit(FRESHET_SOURCE_DIR));
        lupdate.start(QString::fromLocal8Bit(FRESHET_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h,mm"_s,
                                                                u"app"_s, u"ui"_s, u"services"_s, u"models"_s, u"-ts"_s, ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        m_current = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_current.size() > 100);
    }

    void shippedLanguagesAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << u"de"_s << 2;
        QTest::newRow("French") << u"fr"_s << 2;
        QTest::newRow("Romanian") << u"ro"_s << 3;
    }

    void shippedLanguagesAreCompleteAndCurrent()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QHash<QString, Message> shipped = readTs(QString::fromLocal8Bit(FRESHET_SOURCE_DIR) + u"/translations/freshet_%1.ts"_s.arg(language),
                                                       &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            const QString where = QString(it.key()).replace(u'\x1f', u" / "_s);
            const auto found = shipped.constFind(it.key());
            if (found == shipped.cend())
                problems << u"missing (run tools/update-translations.sh): "_s + where;
            else if (!found->finished)
                problems << u"unfinished: "_s + where;
            else if (found->numerus && found->forms != pluralForms)
                problems << u"%1 plural forms instead of %2: %3"_s.arg(found->forms).arg(pluralForms).arg(where);
        }
        for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
            if (!m_current.contains(it.key()))
                problems << u"obsolete: "_s + QString(it.key()).replace(u'\x1f', u" / "_s);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems, the first: %2"_s.arg(problems.size()).arg(problems.mid(0, 5).join(u"\n  "_s))));
    }

    void englishPluralsAreWritten()
    {
        QString error;
        const QHash<QString, Message> english = readTs(QString::fromLocal8Bit(FRESHET_SOURCE_DIR) + u"/translations/freshet_en.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            if (!it->numerus)
                continue;
            const auto found = english.constFind(it.key());
            QVERIFY2(found != english.cend() && found->finished && found->forms == 2, qPrintable(QString(it.key()).replace(u'\x1f', u" / "_s)));
        }
    }

    void theBinarySpeaksEachLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << u"en_US.UTF-8"_s << u"Show the version and where this profile keeps its data, or the licenses."_s;
        QTest::newRow("German") << u"de_DE.UTF-8"_s << QString();
        QTest::newRow("French") << u"fr_FR.UTF-8"_s << QString();
        QTest::newRow("Romanian") << u"ro_RO.UTF-8"_s << QString();
    }

    void theBinarySpeaksEachLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANG"_s, locale);
        environment.insert(u"LC_ALL"_s, locale);
        environment.insert(u"LANGUAGE"_s, locale.left(2));
        const CliRun run = runFreshet({u"--help"_s}, environment);
        QCOMPARE(run.exitCode, 0);
        const QString english = u"Show the version and where this profile keeps its data, or the licenses."_s;
        if (!expected.isEmpty())
            QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        else
            QVERIFY2(!run.out.contains(english), qPrintable(u"still English in %1:\n%2"_s.arg(locale, run.out)));
    }

    void theProfilesLanguageWinsOverTheSystems()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"de"_s);
        QTemporaryDir german;
        const CliRun systemLanguage = runFreshet({u"--profile"_s, german.path(), u"--help"_s}, environment);

        QTemporaryDir romanian;
        {
            QSettings settings(romanian.filePath(u"settings.ini"_s), QSettings::IniFormat);
            settings.setValue(u"ui/language"_s, u"ro"_s); // what Settings > Language writes
        }
        const CliRun chosen = runFreshet({u"help-is-not-a-command"_s, u"--profile"_s, romanian.path()}, environment);
        const CliRun chosenHelp = runFreshet({u"--profile"_s, romanian.path(), u"--help"_s}, environment);
        QCOMPARE(chosenHelp.exitCode, 0);
        QVERIFY2(chosenHelp.out != systemLanguage.out, qPrintable(chosenHelp.out));
        QProcessEnvironment romanianSystem = environment;
        romanianSystem.insert(u"LANG"_s, u"ro_RO.UTF-8"_s);
        romanianSystem.insert(u"LC_ALL"_s, u"ro_RO.UTF-8"_s);
        romanianSystem.insert(u"LANGUAGE"_s, u"ro"_s);
        QTemporaryDir plain;
        const CliRun systemRomanian = runFreshet({u"--profile"_s, plain.path(), u"--help"_s}, romanianSystem);
        // The German system, with the profile set to Romanian, prints what a Romanian system prints.
        QCOMPARE(QString(chosenHelp.out).replace(romanian.path(), u"DIR"_s), QString(systemRomanian.out).replace(plain.path(), u"DIR"_s));
        // And the profile's option is honoured after the command name too.
        QCOMPARE(chosen.exitCode, 1);
        QVERIFY2(!chosen.err.contains(u"unknown command"_s), qPrintable(chosen.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
