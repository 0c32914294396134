// SPDX-License-Identifier: MIT
#pragma once

// The only markup the article sanitiser may write, read strictly: by tst_hostilehtml and by the
// sanitiser's fuzz target, which stops at the first output that is anything else.
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace sanitisedmarkup {

/// What a strict reader found in sanitised markup: the addresses it links and loads.
struct Markup
{
    QString error; // empty when every character was one the sanitiser may write
    QStringList links;
    QStringList images;
};

inline const QSet<QString> &writableElements()
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

inline bool attributeAllowed(const QString &element, const QString &attribute)
{
    if (element == u"a"_s)
        return attribute == u"href"_s;
    if (element == u"img"_s)
        return attribute == u"src"_s || attribute == u"alt"_s || attribute == u"width"_s || attribute == u"height"_s;
    return false;
}

inline QString unescaped(QString value)
{
    return value.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
}

/// Reads `html` as the sanitiser writes it: tags of the allowlist, lower case, each attribute
/// name="value" with '&', '<', '>' and '"' escaped; text with '&', '<' and '>' escaped.
inline Markup read(const QString &html)
{
    Markup markup;
    static const QRegularExpression tag(u"\\G<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"_s);
    static const QRegularExpression attribute(u" ([a-z]+)=\"([^\"<>]*)\""_s);
    static const QRegularExpression reference(u"\\G&(?:amp|lt|gt|quot);"_s);
    for (qsizetype i = 0; i < html.size() && markup.error.isEmpty();) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const QRegularExpressionMatch match = tag.match(html, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch() || !writableElements().contains(match.captured(2))
                || (!match.captured(1).isEmpty() && !match.captured(3).isEmpty())) {
                markup.error = u"stray or unknown tag at %1: %2"_s.arg(i).arg(html.mid(i, 80));
                break;
            }
            QRegularExpressionMatchIterator it = attribute.globalMatch(match.captured(3));
            while (it.hasNext()) {
                const QRegularExpressionMatch a = it.next();
                if (!attributeAllowed(match.captured(2), a.captured(1)))
                    markup.error = u"attribute %1 on %2"_s.arg(a.captured(1), match.captured(2));
                if (a.captured(2).contains(u'&') && unescaped(a.captured(2)).count(u'&') != a.captured(2).count(u"&amp;"_s))
                    markup.error = u"unescaped '&' in %1"_s.arg(a.captured(2));
                if (a.captured(1) == u"href"_s)
                    markup.links << unescaped(a.captured(2));
                if (a.captured(1) == u"src"_s)
                    markup.images << unescaped(a.captured(2));
            }
            i = match.capturedEnd();
        } else if (c == u'&') {
            const QRegularExpressionMatch match = reference.match(html, i, QRegularExpression::NormalMatch,
                                                                  QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch())
                markup.error = u"unescaped '&' at %1: %2"_s.arg(i).arg(html.mid(i, 40));
            i = match.hasMatch() ? match.capturedEnd() : i + 1;
        } else if (c == u'>') {
            markup.error = u"unescaped '>' at %1: %2"_s.arg(i).arg(html.mid(qMax(0, i - 40), 80));
        } else {
            ++i;
        }
    }
    return markup;
}

/// The scheme of an address, controls and spaces anywhere in it ignored (as a browser would).
inline QString schemeOf(const QString &address)
{
    QString compact = address;
    compact.remove(QRegularExpression(u"[\\x00-\\x20]"_s));
    return QUrl(compact).scheme().toLower();
}

/// What in sanitised `html` could run, load or link where it must not: a tag or attribute off
/// the allowlist, text that reads as markup, a link that is not http, https or mailto, a picture
/// that is not http or https, or any picture when `imagesAllowed` is false. Empty when nothing.
inline QString harmIn(const QString &html, bool imagesAllowed)
{
    const Markup markup = read(html);
    if (!markup.error.isEmpty())
        return markup.error;
    for (const QString &link : markup.links) {
        const QString scheme = schemeOf(link);
        if (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
            return u"link to "_s + link;
    }
    if (!imagesAllowed && !markup.images.isEmpty())
        return u"picture while pictures are off: "_s + markup.images.first();
    for (const QString &image : markup.images) {
        const QString scheme = schemeOf(image);
        if (scheme != u"http"_s && scheme != u"https"_s)
            return u"picture from "_s + image;
    }
    return {};
}

} // namespace sanitisedmarkup
