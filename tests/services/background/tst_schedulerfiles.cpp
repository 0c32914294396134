// SPDX-License-Identifier: MIT
// Every file an OS backend hands its scheduler, parsed back and checked value by value, on
// Linux, where only the systemd backend can run: the systemd units (also through
// systemd-analyze verify), the LaunchAgent plist, the Task Scheduler XML, the WorkManager
// request and the Java/JNI names the Android backend relies on (the manifest and Info.plist
// are checked with the rest of the phone packages in tests/packaging/tst_mobilepackaging.cpp).
#include "background/android/workrequestspec.h"
#include "background/linux/systemdscheduler.h"
#include "background/linux/systemdunits.h"
#include "background/macos/launchagentplist.h"
#include "background/windows/scheduledtaskxml.h"
#include "plistdict.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace freshet;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A systemd unit file as section -> key -> values (keys may repeat).
using UnitFile = QHash<QString, QMultiHash<QString, QString>>;

UnitFile parseUnit(const QString &text)
{
    UnitFile unit;
    QString section;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            unit[section].insert(line.left(equals), line.mid(equals + 1));
    }
    return unit;
}

/// Splits an ExecStart= line as systemd does for double-quoted words with C escapes and
/// %%/$$ specifiers (all this generator emits).
QStringList splitExecStart(const QString &line)
{
    QStringList words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == u' ')
            ++i;
        if (i >= line.size())
            break;
        if (line[i] != u'"')
            return {u"<unquoted word>"_s};
        ++i;
        QString word;
        while (i < line.size() && line[i] != u'"') {
            if (line[i] == u'\\' && i + 1 < line.size()) {
                word += line[i + 1] == u'n' ? u'\n' : line[i + 1];
                i += 2;
            } else if ((line[i] == u'%' || line[i] == u'$') && i + 1 < line.size() && line[i + 1] == line[i]) {
                word += line[i];
                i += 2;
            } else {
                word += line[i++];
            }
        }
        ++i;
        words << word;
    }
    return words;
}

SchedulerLaunch awkwardLaunch()
{
    // A profile folder with every character the formats treat specially.
    return {u"/opt/Fresh et/bin/freshet"_s, u"/home/ana/My \"feeds\" 100% $HOME\\x"_s, true};
}

} // namespace

class TestSchedulerFiles final : public QObject
{
    Q_OBJECT

private slots:
    void launchArgumentsNameTheProfileOnlyWhenChosen()
    {
        const SchedulerLaunch standard{u"/usr/bin/freshet"_s, u"/home/ana/.local/share/freshet"_s, false};
        QCOMPARE(standard.arguments(), (QStringList{u"fetch"_s, u"--background"_s}));
        QVERIFY(standard.profileTag().isEmpty());
        const SchedulerLaunch chosen = awkwardLaunch();
        QCOMPARE(chosen.arguments(), (QStringList{u"--profile"_s, chosen.profileDir, u"fetch"_s, u"--background"_s}));
        QCOMPARE(chosen.profileTag().size(), 10);
        QVERIFY(chosen.profileTag() != SchedulerLaunch({chosen.program, chosen.profileDir + u"2"_s, true}).profileTag());
    }

    void systemdUnitsCarryTheIntervalAndTheCommand()
    {
        const SchedulerLaunch launch = awkwardLaunch();
        const SystemdUnits units = systemdUnits(launch, 900s);
        QCOMPARE(units.serviceName, u"freshet-fetch-"_s + launch.profileTag() + u".service"_s);
        QCOMPARE(units.timerName, u"freshet-fetch-"_s + launch.profileTag() + u".timer"_s);

        const UnitFile timer = parseUnit(units.timer);
        QCOMPARE(timer[u"Timer"_s].values(u"OnUnitActiveSec"_s), QStringList{u"900s"_s});
        QCOMPARE(timer[u"Timer"_s].values(u"Persistent"_s), QStringList{u"true"_s});
        QCOMPARE(timer[u"Timer"_s].values(u"OnStartupSec"_s), QStringList{u"120s"_s});
        QCOMPARE(timer[u"Timer"_s].values(u"Unit"_s), QStringList{units.serviceName});
        QCOMPARE(timer[u"Install"_s].values(u"WantedBy"_s), QStringList{u"timers.target"_s});

        const UnitFile service = parseUnit(units.service);
        QCOMPARE(service[u"Service"_s].values(u"Type"_s), QStringList{u"oneshot"_s});
        const QStringList execStart = service[u"Service"_s].values(u"ExecStart"_s);
        QCOMPARE(execStart.size(), 1);
        QCOMPARE(splitExecStart(execStart.constFirst()), QStringList{launch.program} + launch.arguments());
        // Specifiers in the folder name must not reach systemd unescaped.
        QVERIFY(!service[u"Unit"_s].value(u"Description"_s).contains(u"100% "_s));
    }

    void defaultProfileUsesThePlainUnitNames()
    {
        const SystemdUnits units = systemdUnits({u"/usr/bin/freshet"_s, u"/home/ana/.local/share/freshet"_s, false}, 1800s);
        QCOMPARE(units.serviceName, u"freshet-fetch.service"_s);
        QCOMPARE(units.timerName, u"freshet-fetch.timer"_s);
        QCOMPARE(splitExecStart(parseUnit(units.service)[u"Service"_s].value(u"ExecStart"_s)),
                 (QStringList{u"/usr/bin/freshet"_s, u"fetch"_s, u"--background"_s}));
    }

    void systemdAcceptsTheUnits()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (Debian package systemd)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // ExecStart must name a real executable for verify to pass: this test's own binary.
        const SchedulerLaunch launch{QCoreApplication::applicationFilePath(), dir.path() + u"/a profile 100%"_s, true};
        const SystemdUnits units = systemdUnits(launch, 3600s);
        const QString unitDir = dir.path() + u"/systemd/user"_s;
        QVERIFY(QDir().mkpath(unitDir));
        for (const auto &[name, text] : {std::pair{units.serviceName, units.service}, std::pair{units.timerName, units.timer}}) {
            QFile file(unitDir + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        const QString runtime = dir.path() + u"/runtime"_s;
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(analyze, {u"--user"_s, u"--man=no"_s, u"verify"_s, unitDir + u'/' + units.timerName, unitDir + u'/' + units.serviceName});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    }

    void withoutAUserSessionEnablingFailsClearlyAndLeavesNothing()
    {
        QProcess probe;
        probe.start(u"systemctl"_s, {u"--user"_s, u"is-system-running"_s});
        if (probe.waitForStarted(5000) && probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit
            && probe.readAllStandardOutput().trimmed() != "offline" && probe.exitCode() == 0)
            QSKIP("a real systemd user session is running here; this test does not touch a person's timers");
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        SystemdScheduler scheduler({QCoreApplication::applicationFilePath(), config.path() + u"/profile"_s, true});
        BackgroundSchedule schedule;
        schedule.whileClosed = true;
        const Status applied = scheduler.apply(schedule);
        qunsetenv("XDG_CONFIG_HOME");
        QVERIFY(!applied);
        QVERIFY2(applied.error().contains(u"systemd"_s), qPrintable(applied.error()));
        QVERIFY2(applied.error().contains(u"window or tray icon"_s), qPrintable(applied.error()));
        QVERIFY(QDir(config.path() + u"/systemd/user"_s).entryList(QDir::Files).isEmpty());
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        QVERIFY(!scheduler.state().registered);
        qunsetenv("XDG_CONFIG_HOME");
    }

    void launchAgentPlistParsesBackToTheSchedule()
    {
        const SchedulerLaunch launch = awkwardLaunch();
        const QByteArray plist = launchAgentPlist(launch, 1800s, u"/tmp/freshet.log"_s);
        QVERIFY(plist.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(plist.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
        QString error;
        const auto values = parsePlistDict(plist, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values.value(u"Label"_s), std::pair(u"string"_s, QString(u"org.freshet.fetch."_s + launch.profileTag())));
        QCOMPARE(values.value(u"ProgramArguments"_s).first, u"array"_s);
        QCOMPARE(values.value(u"ProgramArguments"_s).second.split(u'\n'), QStringList{launch.program} + launch.arguments());
        QCOMPARE(values.value(u"StartInterval"_s), std::pair(u"integer"_s, u"1800"_s));
        QCOMPARE(values.value(u"RunAtLoad"_s).first, u"false"_s);
        QCOMPARE(values.value(u"ProcessType"_s), std::pair(u"string"_s, u"Background"_s));
        QCOMPARE(values.value(u"StandardErrorPath"_s).second, u"/tmp/freshet.log"_s);
        QCOMPARE(launchAgentLabel({launch.program, launch.profileDir, false}), u"org.freshet.fetch"_s);
    }

    void taskDurationsAreIso8601()
    {
        QCOMPARE(taskDuration(900s), u"PT15M"_s);
        QCOMPARE(taskDuration(3600s), u"PT1H"_s);
        QCOMPARE(taskDuration(5400s), u"PT1H30M"_s);
        QCOMPARE(taskDuration(86400s), u"P1D"_s);
        QCOMPARE(taskDuration(86400s + 7200s), u"P1DT2H"_s);
        QCOMPARE(taskDuration(10s), u"PT1M"_s); // Task Scheduler's shortest repetition
    }

    void windowsArgumentsSurviveCommandLineToArgv()
    {
        QCOMPARE(windowsQuote(u"fetch"_s), u"fetch"_s);
        QCOMPARE(windowsQuote(u"C:\\Users\\Ana Maria\\Freshet"_s), u"\"C:\\Users\\Ana Maria\\Freshet\""_s);
        QCOMPARE(windowsQuote(u"C:\\dir with space\\"_s), u"\"C:\\dir with space\\\\\""_s);
        QCOMPARE(windowsQuote(u"say \"hi\""_s), u"\"say \\\"hi\\\"\""_s);
        QCOMPARE(windowsQuote(QString()), u"\"\""_s);
    }

    void scheduledTaskXmlIsUtf16AndCarriesTheSettings()
    {
        const SchedulerLaunch launch{u"C:\\Program Files\\Freshet\\freshet.exe"_s, u"D:\\Feeds profile"_s, true};
        const QDateTime start(QDate(2026, 11, 25), QTime(8, 30), Qt::LocalTime);
        const QByteArray bytes = scheduledTaskXml(launch, 1800s, start);
        QVERIFY(bytes.startsWith("\xFF\xFE")); // UTF-16LE byte order mark, as schtasks wants
        QStringDecoder decoder(QStringConverter::Utf16LE);
        QString text = decoder.decode(bytes.mid(2));
        QVERIFY(!decoder.hasError());
        QVERIFY2(text.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"_s), qPrintable(text.left(80)));

        QHash<QString, QString> values;
        QXmlStreamReader xml(text);
        QStringList path;
        QString taskNamespace;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (path.isEmpty())
                    taskNamespace = xml.namespaceUri().toString();
                path << xml.name().toString();
            } else if (xml.isEndElement()) {
                path.removeLast();
            } else if (xml.isCharacters() && !xml.isWhitespace()) {
                values.insert(path.join(u'/'), xml.text().toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(taskNamespace, u"http://schemas.microsoft.com/windows/2004/02/mit/task"_s);
        QCOMPARE(values.value(u"Task/Triggers/TimeTrigger/Repetition/Interval"_s), u"PT30M"_s);
        QCOMPARE(values.value(u"Task/Triggers/TimeTrigger/StartBoundary"_s), u"2026-11-25T08:30:00"_s);
        QCOMPARE(values.value(u"Task/Settings/RunOnlyIfNetworkAvailable"_s), u"true"_s);
        QCOMPARE(values.value(u"Task/Settings/StartWhenAvailable"_s), u"true"_s);
        QCOMPARE(values.value(u"Task/Settings/MultipleInstancesPolicy"_s), u"IgnoreNew"_s);
        QCOMPARE(values.value(u"Task/Settings/ExecutionTimeLimit"_s), u"PT5M"_s);
        QCOMPARE(values.value(u"Task/Actions/Exec/Command"_s), launch.program);
        QCOMPARE(values.value(u"Task/Actions/Exec/Arguments"_s), u"--profile \"D:\\Feeds profile\" fetch --background"_s);
        QCOMPARE(values.value(u"Task/RegistrationInfo/URI"_s), u"\\Freshet\\Fetch-"_s + launch.profileTag());
    }

    void workManagerRequestRespectsItsMinimum()
    {
        BackgroundSchedule schedule;
        schedule.mode = BackgroundSchedule::Mode::Minimum; // Freshet's minimum is 10 min
        schedule.whileClosed = true;
        WorkRequestSpec spec = androidWorkRequest(schedule);
        QVERIFY(spec.enabled);
        QCOMPARE(spec.repeat, workManagerMinimumRepeat);
        schedule.mode = BackgroundSchedule::Mode::Every;
        schedule.every = 2h;
        schedule.skipOnMetered = true;
        spec = androidWorkRequest(schedule);
        QCOMPARE(spec.repeat, std::chrono::minutes(120));
        QVERIFY(spec.unmeteredOnly);
        QCOMPARE(spec.budget, 30000ms);
        schedule.mode = BackgroundSchedule::Mode::Never;
        QVERIFY(!androidWorkRequest(schedule).enabled);
        schedule.mode = BackgroundSchedule::Mode::Every;
        schedule.whileClosed = false;
        QVERIFY(!androidWorkRequest(schedule).enabled);
    }

    void androidSourcesAgreeWithTheBridge()
    {
        const QString root = QStringLiteral(FRESHET_SOURCE_DIR);
        const QString java = readText(root + u"/resources/android/src/org/freshet/background/FreshetScheduler.java"_s);
        QVERIFY(java.contains(u"UNIQUE_WORK_NAME = \""_s + QString::fromLatin1(androidUniqueWorkName) + u'"'));
        QVERIFY(java.contains(u"public static void apply(Context context, boolean enabled, long repeatMinutes, boolean unmeteredOnly)"_s));
        const QString cpp = readText(root + u"/services/background/android/workmanagerscheduler.cpp"_s);
        QVERIFY(cpp.contains(u"\"(Landroid/content/Context;ZJZ)V\""_s));
        QVERIFY(cpp.contains(u"\"org/freshet/background/FreshetScheduler\""_s));

        const QString worker = readText(root + u"/resources/android/src/org/freshet/background/FreshetFetchWorker.java"_s);
        const QString bridge = readText(root + u"/services/background/android/fetchworkerbridge.cpp"_s);
        QVERIFY(worker.contains(u"private static native int nativePerformFetch(long budgetMs);"_s));
        QVERIFY(bridge.contains(u"Java_org_freshet_background_FreshetFetchWorker_nativePerformFetch(JNIEnv *, jclass, jlong budgetMs)"_s));
        QVERIFY(worker.contains(u"private static native void nativeStopFetch();"_s));
        QVERIFY(bridge.contains(u"Java_org_freshet_background_FreshetFetchWorker_nativeStopFetch(JNIEnv *, jclass)"_s));
        for (const auto &[name, value] :
             {std::pair{u"NEW_DATA"_s, 0}, std::pair{u"NO_DATA"_s, 1}, std::pair{u"FAILED"_s, 2}, std::pair{u"NOT_RUNNING"_s, 3}}) {
            QVERIFY2(worker.contains(u"private static final int %1 = %2;"_s.arg(name).arg(value)), qPrintable(name));
        }
    }

private:
    static QString readText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QString::fromUtf8(file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestSchedulerFiles)
#include "tst_schedulerfiles.moc"
