// SPDX-License-Identifier: MIT
#include "command.h"

#include "parsing/feedjson.h"
#include "parsing/feedparser.h"
#include "parsing/titletext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareParseOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"url"_s, QCoreApplication::translate("parse", "Resolve relative links against <URL>, as if the file was fetched from there."),
                                        u"URL"_s));
    parser.addOption(QCommandLineOption(u"json"_s, QCoreApplication::translate("parse", "Print the result as JSON (schema feed-conformance/1).")));
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("parse", "(none)") : text;
}

QString encodingText(const ParsedFeed &feed)
{
    if (!feed.encodingConfidence)
        return orNone(feed.encoding);
    if (*feed.encodingConfidence == 0)
        return QCoreApplication::translate("parse", "%1 (assumed: the bytes suggest no encoding)").arg(feed.encoding);
    return QCoreApplication::translate("parse", "%1 (guessed from the bytes, confidence %2/100)").arg(feed.encoding).arg(*feed.encodingConfidence);
}

void printSummary(QTextStream &out, const ParsedFeed &feed)
{
    const QString format = feedFormatName(feed.format);
    out << QCoreApplication::translate("parse", "Format:      %1 %2").arg(orNone(format), feed.version).trimmed() << '\n'
        << QCoreApplication::translate("parse", "Encoding:    %1").arg(encodingText(feed)) << '\n'
        << QCoreApplication::translate("parse", "Title:       %1").arg(orNone(titletext::of(feed))) << '\n'
        << QCoreApplication::translate("parse", "Link:        %1").arg(orNone(feed.link)) << '\n';
    if (!feed.feedLink.isEmpty())
        out << QCoreApplication::translate("parse", "Feed link:   %1").arg(feed.feedLink) << '\n';
    if (feed.updated.isValid() || feed.published.isValid())
        out << QCoreApplication::translate("parse", "Updated:     %1").arg(FeedJson::dateText(feed.updated.isValid() ? feed.updated : feed.published))
            << '\n';
    if (feed.ttlMinutes)
        out << QCoreApplication::translate("parse", "TTL:         %1 min").arg(*feed.ttlMinutes) << '\n';
    out << QCoreApplication::translate("parse", "Items:       %1").arg(feed.items.size()) << '\n';
    for (const ParsedItem &item : feed.items) {
        const QDateTime when = item.published.isValid() ? item.published : item.updated;
        out << "  - " << (when.isValid() ? FeedJson::dateText(when) : u"                    "_s) << "  "
            << orNone(titletext::of(item).simplified()) << '\n';
        if (!item.link.isEmpty())
            out << "    " << item.link << '\n';
    }
    if (!feed.ok()) {
        out << QCoreApplication::translate("parse", "Error:       %1").arg(feed.error) << '\n';
        if (feed.partial)
            out << QCoreApplication::translate("parse", "(the items above were recovered before the error)") << '\n';
    }
    out.flush();
}

int runParse(CommandContext &context, const QCommandLineParser &parser)
{
    if (context.arguments.size() != 1) {
        context.err << "freshet: " << QCoreApplication::translate("parse", "parse takes exactly one FILE.") << Qt::endl;
        return ExitUsageOrInput;
    }
    const QString path = context.arguments.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "freshet: " << QCoreApplication::translate("parse", "cannot read '%1': %2.").arg(path, file.errorString()) << Qt::endl;
        return ExitUsageOrInput;
    }
    ParseOptions options;
    if (parser.isSet(u"url"_s)) {
        options.documentUrl = QUrl(parser.value(u"url"_s));
        if (!options.documentUrl.isValid() || options.documentUrl.isRelative()) {
            context.err << "freshet: " << QCoreApplication::translate("parse", "'%1' is not an absolute URL.").arg(parser.value(u"url"_s))
                        << Qt::endl;
            return ExitUsageOrInput;
        }
    } else {
        options.documentUrl = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    }
    // Read one byte past the cap so an oversized file is reported as such, not silently cut.
    const QByteArray bytes = file.read(options.maxBytes + 1);
    const ParsedFeed feed = FeedParser::parse(bytes, options);
    if (parser.isSet(u"json"_s)) {
        context.out << QString::fromUtf8(QJsonDocument(FeedJson::toJson(feed)).toJson(QJsonDocument::Indented));
        context.out.flush();
    } else {
        printSummary(context.out, feed);
    }
    return feed.ok() ? ExitOk : ExitParseError;
}

} // namespace

Command parseCommand()
{
    return {"parse", QT_TRANSLATE_NOOP("freshet::Cli", "Parse a feed file (RSS, Atom, JSON Feed) and print what was found."),
            "FILE", declareParseOptions, runParse};
}

} // namespace freshet
