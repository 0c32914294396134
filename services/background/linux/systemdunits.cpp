// SPDX-License-Identifier: MIT
#include "systemdunits.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
/// Long enough for the 30 s budget, opening the store and a slow disk; systemd kills a
/// run that hangs past it, and the run lock makes sure the next one starts clean.
constexpr int serviceTimeoutSeconds = 120;
/// Soon after login or boot, when a person is most likely to open Freshet next.
constexpr int startupDelaySeconds = 120;
} // namespace

QString systemdQuote(const QString &argument)
{
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += u'"';
    for (const QChar c : argument) {
        if (c == u'\n') {
            quoted += u"\\n"_s;
            continue;
        }
        if (c == u'\\' || c == u'"')
            quoted += u'\\';
        else if (c == u'%')
            quoted += u'%'; // %% is a literal percent sign
        else if (c == u'$')
            quoted += u'$'; // $$ is a literal dollar sign
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

SystemdUnits systemdUnits(const SchedulerLaunch &launch, std::chrono::seconds interval)
{
    const QString tag = launch.profileTag();
    const QString base = tag.isEmpty() ? u"freshet-fetch"_s : u"freshet-fetch-"_s + tag;
    SystemdUnits units;
    units.serviceName = base + u".service"_s;
    units.timerName = base + u".timer"_s;

    QStringList command{systemdQuote(launch.program)};
    for (const QString &argument : launch.arguments())
        command << systemdQuote(argument);
    QString profileNote;
    if (launch.profileChosen) {
        // Description= takes specifiers too, and a line break would end the setting.
        profileNote = u" ("_s + QString(launch.profileDir).replace(u'%', u"%%"_s).replace(u'\n', u' ') + u")"_s;
    }

    // Concatenated rather than arg()-filled: a path may itself contain "%1".
    const QString header = u"# Written by Freshet (Settings > Refresh while Freshet is closed); Freshet rewrites it.\n"_s;
    units.service = header + u"[Unit]\nDescription=Freshet background feed refresh"_s + profileNote
                    + u"\nDocumentation=man:freshet(1)\n\n[Service]\nType=oneshot\nExecStart="_s + command.join(u' ')
                    + u"\nTimeoutStartSec="_s + QString::number(serviceTimeoutSeconds) + u"\nNice=10\nIOSchedulingClass=idle\n"_s;
    units.timer = header + u"[Unit]\nDescription=Freshet background feed refresh timer"_s + profileNote + u"\n\n[Timer]\nOnStartupSec="_s
                  + QString::number(startupDelaySeconds) + u"s\nOnUnitActiveSec="_s + QString::number(qint64(interval.count()))
                  + u"s\nPersistent=true\nAccuracySec=1min\nUnit="_s + units.serviceName + u"\n\n[Install]\nWantedBy=timers.target\n"_s;
    return units;
}

QString systemdUserUnitDir()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/systemd/user"_s;
}

} // namespace freshet
