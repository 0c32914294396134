// SPDX-License-Identifier: MIT
#include "opml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class OpmlMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::OpmlMessages)
};

namespace {

QString attribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    // OPML in the wild spells xmlUrl as xmlurl or XMLURL too.
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().toString().trimmed();
    }
    return {};
}

} // namespace

Result<OpmlDocument> readOpml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    OpmlDocument document;
    QStringList folders;
    QList<bool> folderPushed;
    bool sawOpml = false;
    bool inTitle = false;
    constexpr int maximumDepth = 64;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            continue; // reported but never expanded by QXmlStreamReader
        }
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString().toLower();
            if (!sawOpml) {
                if (name != u"opml"_s)
                    return Result<OpmlDocument>::failure(
                        OpmlMessages::tr("This is not an OPML file (it starts with <%1>).").arg(xml.name().toString()));
                sawOpml = true;
                continue;
            }
            if (name == u"title"_s) {
                inTitle = true;
            } else if (name == u"outline"_s) {
                if (folderPushed.size() >= maximumDepth)
                    return Result<OpmlDocument>::failure(OpmlMessages::tr("The outlines are nested more than %1 deep.").arg(maximumDepth));
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString url = attribute(attributes, u"xmlUrl"_s);
                QString title = attribute(attributes, u"title"_s);
                if (title.isEmpty())
                    title = attribute(attributes, u"text"_s);
                if (!url.isEmpty()) {
                    document.feeds << OpmlOutline{url, title, attribute(attributes, u"htmlUrl"_s), folders.join(u'/')};
                    folderPushed << false;
                } else {
                    const QString type = attribute(attributes, u"type"_s).toLower();
                    if (type == u"rss"_s || type == u"atom"_s)
                        document.problems << OpmlMessages::tr("Outline \"%1\" (line %2) has no xmlUrl.").arg(title).arg(xml.lineNumber());
                    // A folder; '/' inside a name would read as nesting.
                    folders << QString(title).replace(u'/', u'-');
                    folderPushed << true;
                    if (const QString path = folders.join(u'/'); !title.trimmed().isEmpty() && !document.folders.contains(path))
                        document.folders << path;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString().toLower();
            if (name == u"title"_s) {
                inTitle = false;
            } else if (name == u"outline"_s && !folderPushed.isEmpty()) {
                if (folderPushed.takeLast())
                    folders.removeLast();
            }
        } else if (token == QXmlStreamReader::Characters && inTitle && folderPushed.isEmpty()) {
            document.title += xml.text();
        }
    }
    if (xml.hasError()) {
        return Result<OpmlDocument>::failure(
            OpmlMessages::tr("The OPML file is damaged at line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
    }
    if (!sawOpml)
        return Result<OpmlDocument>::failure(OpmlMessages::tr("This is not an OPML file: it is empty."));
    document.title = document.title.trimmed();
    return Result<OpmlDocument>::success(std::move(document));
}

QByteArray writeOpml(const OpmlDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeTextElement(u"title"_s, document.title);
    xml.writeTextElement(u"dateCreated"_s, QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);

    // Group by category so each folder is written once, in name order, nesting by path.
    QMap<QString, QList<OpmlOutline>> byCategory;
    for (const OpmlOutline &feed : document.feeds)
        byCategory[feed.category] << feed;
    // A folder with no feed in it is written too, so that it comes back on import.
    for (const QString &folder : document.folders)
        byCategory[folder];
    QStringList open;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QStringList path = it.key().isEmpty() ? QStringList() : it.key().split(u'/');
        qsizetype common = 0;
        while (common < open.size() && common < path.size() && open.at(common) == path.at(common))
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < path.size(); ++i) {
            xml.writeStartElement(u"outline"_s);
            xml.writeAttribute(u"text"_s, path.at(i));
            xml.writeAttribute(u"title"_s, path.at(i));
            open << path.at(i);
        }
        for (const OpmlOutline &feed : it.value()) {
            xml.writeEmptyElement(u"outline"_s);
            xml.writeAttribute(u"type"_s, u"rss"_s);
            xml.writeAttribute(u"text"_s, feed.title.isEmpty() ? feed.url : feed.title);
            xml.writeAttribute(u"title"_s, feed.title.isEmpty() ? feed.url : feed.title);
            xml.writeAttribute(u"xmlUrl"_s, feed.url);
            if (!feed.siteLink.isEmpty())
                xml.writeAttribute(u"htmlUrl"_s, feed.siteLink);
        }
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace freshet
