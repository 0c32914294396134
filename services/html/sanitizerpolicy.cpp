// SPDX-License-Identifier: MIT
#include "sanitizerpolicy.h"

#include "parsing/urltext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sanitizerpolicy {

namespace {

class SanitizerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SanitizerMessages)
};

using Kinds = std::array<Element, GUMBO_TAG_LAST + 1>;

Kinds elementKinds()
{
    Kinds kinds;
    kinds.fill(Element::Unwrapped);
    const auto set = [&kinds](Element kind, std::initializer_list<const char *> names) {
        for (const char *name : names)
            kinds[gumbo_tag_enum(name)] = kind;
    };
    set(Element::Kept,
        {"a",   "abbr", "b",          "blockquote", "br", "caption", "cite", "code",  "dd", "del",   "div",  "dl",
         "dt",  "em",   "figcaption", "figure",     "h1", "h2",      "h3",   "h4",    "h5", "h6",    "hr",   "i",
         "img", "ins",  "kbd",        "li",         "ol", "p",       "pre",  "q",     "s",  "small", "span", "strong",
         "sub", "sup",  "table",      "tbody",      "td", "tfoot",   "th",   "thead", "tr", "u",     "ul"});
    // Code and chrome, never article text; and whatever would load or run something.
    set(Element::Dropped, {"script",   "style", "object",   "embed", "applet", "noscript", "noembed",  "noframes",
                           "frameset", "frame", "template", "svg",   "math",   "form",     "textarea", "select",
                           "button",   "head",  "title",    "base",  "link",   "meta",     "param",    "datalist"});
    set(Element::Player, {"iframe", "video", "audio"});
    // gumbo_tag_enum() answers GUMBO_TAG_UNKNOWN for a name it does not know: that one unwraps.
    kinds[GUMBO_TAG_UNKNOWN] = Element::Unwrapped;
    return kinds;
}

/// The address as written, as a browser reads it (the URL standard drops tabs and newlines
/// anywhere and controls and spaces at either end, so "&#14; jav&#x09;ascript:" is
/// "javascript:"), resolved against base.
QString address(const char *value, const QString &base)
{
    QString text = QString::fromUtf8(value);
    text.remove(u'\t').remove(u'\n').remove(u'\r');
    const auto controlOrSpace = [](QChar c) { return c.unicode() <= 0x20; };
    const qsizetype first = std::find_if_not(text.cbegin(), text.cend(), controlOrSpace) - text.cbegin();
    qsizetype end = text.size();
    while (end > first && controlOrSpace(text.at(end - 1)))
        --end;
    return urltext::resolved(base, QStringView(text).mid(first, end - first));
}

QString schemeOf(const QString &address)
{
    const QUrl url(address);
    return url.isValid() ? url.scheme().toLower() : QString();
}

} // namespace

Element elementKind(GumboTag tag)
{
    static const Kinds kinds = elementKinds();
    return tag >= 0 && tag <= GUMBO_TAG_LAST ? kinds[tag] : Element::Unwrapped;
}

QString linkAddress(const char *value, const QString &base)
{
    const QString resolved = address(value, base);
    const QString scheme = schemeOf(resolved);
    return scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s ? resolved : QString();
}

QString imageAddress(const char *value, const QString &base)
{
    const QString resolved = address(value, base);
    const QString scheme = schemeOf(resolved);
    return scheme == u"http"_s || scheme == u"https"_s ? resolved : QString();
}

QString embedCard(GumboTag tag, const QString &address)
{
    const QUrl url(address);
    if (address.isEmpty() || url.host().isEmpty())
        return {};
    const QString host = url.host().startsWith(u"www."_s) ? url.host().mid(4) : url.host();
    static const QStringList videoHosts = {u"youtube.com"_s, u"youtube-nocookie.com"_s, u"youtu.be"_s,
                                           u"vimeo.com"_s,   u"dailymotion.com"_s,      u"player.vimeo.com"_s};
    const bool video = tag == GUMBO_TAG_VIDEO || videoHosts.contains(host);
    const QString what = tag == GUMBO_TAG_AUDIO ? SanitizerMessages::tr("Audio on %1").arg(host)
                         : video                ? SanitizerMessages::tr("Video on %1").arg(host)
                                                : SanitizerMessages::tr("Embedded page from %1").arg(host);
    return u"<p>\u25B6 %1 \u2014 <a href=\"%2\">%3</a></p>"_s.arg(what.toHtmlEscaped(), address.toHtmlEscaped(),
                                                                  SanitizerMessages::tr("Open").toHtmlEscaped());
}

QString imageSize(const char *widthValue, const char *heightValue, int maxWidth)
{
    bool widthOk = false;
    bool heightOk = false;
    int width = QByteArray(widthValue ? widthValue : "").trimmed().toInt(&widthOk);
    int height = QByteArray(heightValue ? heightValue : "").trimmed().toInt(&heightOk);
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

} // namespace freshet::sanitizerpolicy
