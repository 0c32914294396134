// SPDX-License-Identifier: MIT
#include "scheduledtaskxml.h"

#include <QStringEncoder>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
/// Task Scheduler stops a run that takes longer than this; the fetch keeps its own deadline.
constexpr std::chrono::minutes executionLimit{5};
} // namespace

QString scheduledTaskName(const SchedulerLaunch &launch)
{
    const QString tag = launch.profileTag();
    return tag.isEmpty() ? u"\\Freshet\\Fetch"_s : u"\\Freshet\\Fetch-"_s + tag;
}

QString taskDuration(std::chrono::seconds duration)
{
    qint64 seconds = std::max<qint64>(60, duration.count());
    const qint64 days = seconds / 86400;
    seconds %= 86400;
    QString text = u"P"_s;
    if (days > 0)
        text += QString::number(days) + u'D';
    if (seconds == 0)
        return text;
    text += u'T';
    if (const qint64 hours = seconds / 3600; hours > 0)
        text += QString::number(hours) + u'H';
    if (const qint64 minutes = seconds % 3600 / 60; minutes > 0)
        text += QString::number(minutes) + u'M';
    if (const qint64 rest = seconds % 60; rest > 0)
        text += QString::number(rest) + u'S';
    return text;
}

QString windowsQuote(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'\t') && !argument.contains(u'"'))
        return argument;
    // Backslashes double only before a quote, as CommandLineToArgvW undoes it.
    QString quoted = u"\""_s;
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            quoted += QString(backslashes * 2 + 1, u'\\');
        } else {
            quoted += QString(backslashes, u'\\');
        }
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, u'\\');
    quoted += u'"';
    return quoted;
}

QByteArray scheduledTaskXml(const SchedulerLaunch &launch, std::chrono::seconds interval, const QDateTime &start)
{
    // Written by hand: QXmlStreamWriter would put a line break before the declaration, and
    // an XML declaration must be the very first thing in the document.
    QString text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"_s;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"Task"_s);
    xml.writeAttribute(u"version"_s, u"1.2"_s);
    xml.writeDefaultNamespace(u"http://schemas.microsoft.com/windows/2004/02/mit/task"_s);

    xml.writeStartElement(u"RegistrationInfo"_s);
    xml.writeTextElement(u"Description"_s, u"Freshet: refreshes your feeds while Freshet is closed."_s);
    xml.writeTextElement(u"URI"_s, scheduledTaskName(launch));
    xml.writeEndElement();

    xml.writeStartElement(u"Triggers"_s);
    xml.writeStartElement(u"TimeTrigger"_s);
    xml.writeStartElement(u"Repetition"_s);
    xml.writeTextElement(u"Interval"_s, taskDuration(interval));
    xml.writeTextElement(u"StopAtDurationEnd"_s, u"false"_s);
    xml.writeEndElement();
    xml.writeTextElement(u"StartBoundary"_s, start.toLocalTime().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    xml.writeTextElement(u"Enabled"_s, u"true"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(u"Principals"_s);
    xml.writeStartElement(u"Principal"_s);
    xml.writeAttribute(u"id"_s, u"Author"_s);
    xml.writeTextElement(u"LogonType"_s, u"InteractiveToken"_s);
    xml.writeTextElement(u"RunLevel"_s, u"LeastPrivilege"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(u"Settings"_s);
    // A run still going when the next is due: the run lock would turn it away anyway.
    xml.writeTextElement(u"MultipleInstancesPolicy"_s, u"IgnoreNew"_s);
    xml.writeTextElement(u"DisallowStartIfOnBatteries"_s, u"false"_s);
    xml.writeTextElement(u"StopIfGoingOnBatteries"_s, u"false"_s);
    xml.writeTextElement(u"StartWhenAvailable"_s, u"true"_s);
    xml.writeTextElement(u"RunOnlyIfNetworkAvailable"_s, u"true"_s);
    xml.writeTextElement(u"AllowStartOnDemand"_s, u"true"_s);
    xml.writeTextElement(u"Enabled"_s, u"true"_s);
    xml.writeTextElement(u"Hidden"_s, u"false"_s);
    xml.writeTextElement(u"ExecutionTimeLimit"_s, taskDuration(executionLimit));
    xml.writeTextElement(u"Priority"_s, u"7"_s);
    xml.writeEndElement();

    xml.writeStartElement(u"Actions"_s);
    xml.writeAttribute(u"Context"_s, u"Author"_s);
    xml.writeStartElement(u"Exec"_s);
    xml.writeTextElement(u"Command"_s, launch.program);
    QStringList arguments;
    for (const QString &argument : launch.arguments())
        arguments << windowsQuote(argument);
    xml.writeTextElement(u"Arguments"_s, arguments.join(u' '));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();

    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return utf16.encode(text);
}

} // namespace freshet
