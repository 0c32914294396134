// SPDX-License-Identifier: MIT
#include "launchagentplist.h"

#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString launchAgentLabel(const SchedulerLaunch &launch)
{
    const QString tag = launch.profileTag();
    return tag.isEmpty() ? u"org.freshet.fetch"_s : u"org.freshet.fetch."_s + tag;
}

QByteArray launchAgentPlist(const SchedulerLaunch &launch, std::chrono::seconds interval, const QString &logPath)
{
    QByteArray plist;
    QXmlStreamWriter xml(&plist);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    const auto key = [&xml](const QString &name) { xml.writeTextElement(u"key"_s, name); };
    key(u"Label"_s);
    xml.writeTextElement(u"string"_s, launchAgentLabel(launch));
    key(u"ProgramArguments"_s);
    xml.writeStartElement(u"array"_s);
    xml.writeTextElement(u"string"_s, launch.program);
    for (const QString &argument : launch.arguments())
        xml.writeTextElement(u"string"_s, argument);
    xml.writeEndElement();
    key(u"StartInterval"_s);
    xml.writeTextElement(u"integer"_s, QString::number(qint64(interval.count())));
    // Not at login: the window's own scheduler covers the time Freshet is open.
    key(u"RunAtLoad"_s);
    xml.writeEmptyElement(u"false"_s);
    // Background: launchd throttles CPU and I/O like any other deferrable work.
    key(u"ProcessType"_s);
    xml.writeTextElement(u"string"_s, u"Background"_s);
    key(u"LowPriorityIO"_s);
    xml.writeEmptyElement(u"true"_s);
    key(u"StandardErrorPath"_s);
    xml.writeTextElement(u"string"_s, logPath);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return plist;
}

} // namespace freshet
