// SPDX-License-Identifier: MIT
#include "htmlsanitizer.h"

#include "parsing/htmlentities.h"
#include "parsing/urltext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class SanitizerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SanitizerMessages)
};

const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = {
        u"a"_s,   u"abbr"_s,  u"b"_s,  u"blockquote"_s, u"br"_s,         u"caption"_s, u"cite"_s, u"code"_s, u"dd"_s,    u"del"_s,
        u"div"_s, u"dl"_s,    u"dt"_s, u"em"_s,         u"figcaption"_s, u"figure"_s,  u"h1"_s,   u"h2"_s,   u"h3"_s,    u"h4"_s,
        u"h5"_s,  u"h6"_s,    u"hr"_s, u"i"_s,          u"img"_s,        u"ins"_s,     u"kbd"_s,  u"li"_s,   u"ol"_s,    u"p"_s,
        u"pre"_s, u"q"_s,     u"s"_s,  u"small"_s,      u"span"_s,       u"strong"_s,  u"sub"_s,  u"sup"_s,  u"table"_s, u"tbody"_s,
        u"td"_s,  u"tfoot"_s, u"th"_s, u"thead"_s,      u"tr"_s,         u"u"_s,       u"ul"_s,
    };
    return names;
}

/// Elements whose content is code or chrome, never article text.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names = {u"script"_s,   u"style"_s,    u"iframe"_s,   u"video"_s, u"audio"_s, u"object"_s,
                                        u"embed"_s,    u"noscript"_s, u"template"_s, u"svg"_s,   u"math"_s,  u"form"_s,
                                        u"textarea"_s, u"select"_s,   u"button"_s,   u"head"_s,  u"title"_s};
    return names;
}

bool safeLink(const QString &value)
{
    const QUrl url(value.trimmed());
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s);
}

/// The value of attribute `name`, its character references decoded once ("&amp;" is '&').
QString attributeValue(const QString &attributes, const QString &name)
{
    static const QRegularExpression pattern(u"(?:^|\\s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?"_s);
    QRegularExpressionMatchIterator it = pattern.globalMatch(attributes);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).compare(name, Qt::CaseInsensitive) == 0) {
            for (int group = 2; group <= 4; ++group) {
                if (match.capturedStart(group) >= 0)
                    return decodeHtmlReferences(match.capturedView(group));
            }
            return {};
        }
    }
    return {};
}

QString escapeAttribute(const QString &value)
{
    return value.toHtmlEscaped();
}

/// An address as an attribute: what no URL may hold raw (a space) escaped as the parser does,
/// the escapes it has kept as they are.
QString addressAttribute(const QString &address)
{
    return escapeAttribute(urltext::escapeIllegal(address.trimmed()));
}

/// Embedded players: dropped with their content (a fallback), but named by embedCard().
const QSet<QString> &players()
{
    static const QSet<QString> names = {u"iframe"_s, u"video"_s, u"audio"_s};
    return names;
}

/// What stands for an embedded player: its kind and where it is, and a link to open it.
QString embedCard(const QString &element, const QString &src)
{
    const QUrl url(src.trimmed());
    if (!safeLink(src) || url.scheme() == u"mailto"_s)
        return {};
    const QString host = url.host().startsWith(u"www."_s) ? url.host().mid(4) : url.host();
    static const QStringList videoHosts = {u"youtube.com"_s, u"youtube-nocookie.com"_s, u"youtu.be"_s,
                                           u"vimeo.com"_s,   u"dailymotion.com"_s,      u"player.vimeo.com"_s};
    const bool video = element == u"video"_s || videoHosts.contains(host);
    const QString what = element == u"audio"_s ? SanitizerMessages::tr("Audio on %1").arg(host)
                         : video               ? SanitizerMessages::tr("Video on %1").arg(host)
                                               : SanitizerMessages::tr("Embedded page from %1").arg(host);
    return u"<p>\u25B6 %1 \u2014 <a href=\"%2\">%3</a></p>"_s.arg(what.toHtmlEscaped(), addressAttribute(src),
                                                                  SanitizerMessages::tr("Open").toHtmlEscaped());
}

/// width="640" height="360" as the picture asked, scaled down to maxWidth; empty when it
/// gave no usable width.
QString imageSize(const QString &attributes, int maxWidth)
{
    bool widthOk = false;
    bool heightOk = false;
    int width = attributeValue(attributes, u"width"_s).trimmed().toInt(&widthOk);
    int height = attributeValue(attributes, u"height"_s).trimmed().toInt(&heightOk);
    if (maxWidth <= 0 || !widthOk || width <= 0)
        return {};
    if (width > maxWidth) {
        if (heightOk && height > 0)
            height = int(qint64(height) * maxWidth / width);
        width = maxWidth;
    }
    QString size = u" width=\"%1\""_s.arg(width);
    if (heightOk && height > 0)
        size += u" height=\"%1\""_s.arg(height);
    return size;
}

} // namespace

QString sanitizeHtml(const QString &html, const SanitizeOptions &options)
{
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->|<![^>]*>|<\\?[^>]*>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(html.size());
    qsizetype position = 0;
    QString skipping;       // inside a dropped element: its name, until it closes
    bool cardShown = false; // the player being skipped has its line already
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (skipping.isEmpty())
            out += QStringView(html).mid(position, match.capturedStart() - position);
        position = match.capturedEnd();
        if (match.capturedLength(2) == 0)
            continue; // comments, doctype, processing instructions
        const bool closing = !match.captured(1).isEmpty();
        const QString name = match.captured(2).toLower();
        if (!skipping.isEmpty()) {
            // A player without a src of its own names its file in a <source>.
            if (!cardShown && !closing && name == u"source"_s) {
                const QString card = embedCard(skipping, attributeValue(match.captured(3), u"src"_s));
                out += card;
                cardShown = !card.isEmpty();
            }
            if (closing && name == skipping)
                skipping.clear();
            continue;
        }
        if (!closing && players().contains(name)) {
            const QString card = embedCard(name, attributeValue(match.captured(3), u"src"_s));
            out += card;
            cardShown = !card.isEmpty();
        }
        if (droppedWithContent().contains(name)) {
            if (!closing && !match.captured(3).trimmed().endsWith(u'/'))
                skipping = name;
            continue;
        }
        if (!allowedElements().contains(name))
            continue;
        if (closing) {
            out += u"</"_s + name + u'>';
            continue;
        }
        const QString attributes = match.captured(3);
        if (name == u"a"_s) {
            const QString href = attributeValue(attributes, u"href"_s);
            out += safeLink(href) ? u"<a href=\"%1\">"_s.arg(addressAttribute(href)) : u"<a>"_s;
        } else if (name == u"img"_s) {
            const QString src = attributeValue(attributes, u"src"_s);
            const QString alt = attributeValue(attributes, u"alt"_s);
            const QUrl url(src.trimmed());
            const bool remote = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
            if (remote && options.allowRemoteImages)
                out += u"<img src=\"%1\" alt=\"%2\"%3>"_s.arg(addressAttribute(src), escapeAttribute(alt),
                                                              imageSize(attributes, options.maxImageWidth));
            else if (!alt.isEmpty())
                out += u"[%1]"_s.arg(alt.toHtmlEscaped());
        } else {
            out += u'<' + name + u'>';
        }
    }
    if (skipping.isEmpty())
        out += QStringView(html).mid(position);
    return out;
}

} // namespace freshet
