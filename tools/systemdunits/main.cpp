// SPDX-License-Identifier: MIT
// Writes the systemd user units a distribution package installs, with the same generator the
// app uses when a person turns on "Refresh while Freshet is closed", so both stay alike.
// Usage: freshet-systemd-units PROGRAM OUTPUT_DIR

#include "background/backgroundschedule.h"
#include "background/linux/systemdunits.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The generator's first line says Freshet rewrites the file, which is true only in a
/// person's own unit folder; a packaged template is never rewritten.
QString asTemplate(const QString &unit)
{
    const qsizetype headerEnd = unit.startsWith(u'#') ? unit.indexOf(u'\n') + 1 : 0;
    return u"# Installed with Freshet. Enable it with: systemctl --user enable --now freshet-fetch.timer\n"
           "# Settings > Refresh while Freshet is closed writes its own copy to ~/.config/systemd/user,\n"
           "# which takes precedence over this one.\n"_s
           + unit.mid(headerEnd);
}

bool write(const QString &path, const QString &text, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    err << "freshet-systemd-units: cannot write " << path << ": " << file.errorString() << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3 || !QDir::isAbsolutePath(arguments.at(1))) {
        err << "usage: freshet-systemd-units /ABSOLUTE/PATH/TO/freshet OUTPUT_DIR" << Qt::endl;
        return 1;
    }
    // The default profile (no --profile) and the app's default interval.
    const freshet::SchedulerLaunch launch{arguments.at(1), QString(), false};
    const freshet::SystemdUnits units = freshet::systemdUnits(launch, freshet::BackgroundSchedule{}.interval());
    const QString dir = arguments.at(2);
    if (!QDir().mkpath(dir)) {
        err << "freshet-systemd-units: cannot create " << dir << Qt::endl;
        return 1;
    }
    const bool written = write(dir + u'/' + units.serviceName, asTemplate(units.service), err)
                         && write(dir + u'/' + units.timerName, asTemplate(units.timer), err);
    return written ? 0 : 1;
}
