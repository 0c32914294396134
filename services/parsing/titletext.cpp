// SPDX-License-Identifier: MIT
#include "parsing/titletext.h"

#include "parsing/htmlentities.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet::titletext {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// Where the tag starting at `from` (a '<') ends, one past its '>', or -1 when what follows
/// is no tag ("a < b", "<3"), so such text stays text.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    const qsizetype n = html.size();
    if (from + 1 >= n)
        return -1;
    const QChar next = html[from + 1];
    if (html.sliced(from).startsWith(u"<!--"_s)) {
        const qsizetype close = html.indexOf(u"-->"_s, from + 4);
        return close < 0 ? -1 : close + 3;
    }
    const bool closing = next == u'/' && from + 2 < n && isAsciiLetter(html[from + 2]);
    if (!isAsciiLetter(next) && !closing && next != u'!' && next != u'?')
        return -1;
    QChar quote;
    for (qsizetype p = from + 1; p < n; ++p) {
        const QChar c = html[p];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return p + 1;
        } else if (c == u'<') {
            return -1;
        }
    }
    return -1;
}

bool looksLikeHtml(QStringView title)
{
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u'<' && tagEnd(title, i) > 0)
            return true;
        char32_t ignored = 0;
        if (title[i] == u'&' && htmlReferenceAt(title, i, ignored) > 0)
            return true;
    }
    return false;
}

QString htmlToText(QStringView html)
{
    QString text;
    text.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        if (html[i] == u'<') {
            const qsizetype end = tagEnd(html, i);
            if (end < 0)
                continue;
            text += html.sliced(copied, i - copied);
            // Words on either side of a <br> or a paragraph are separate words.
            text += u' ';
            copied = end;
            i = end - 1;
        } else if (html[i] == u'&') {
            char32_t character = 0;
            const qsizetype length = htmlReferenceAt(html, i, character);
            if (length == 0)
                continue;
            text += html.sliced(copied, i - copied);
            text += QString::fromUcs4(&character, 1);
            copied = i + length;
            i = copied - 1;
        }
    }
    text += html.sliced(copied);
    return text;
}

} // namespace

QString plain(const QString &title, TitleMarkup markup)
{
    const bool html = markup == TitleMarkup::Html || (markup == TitleMarkup::MaybeHtml && looksLikeHtml(title));
    // Whitespace is insignificant in HTML; a text title keeps what it wrote (the stored
    // fingerprints of such titles stay as they were).
    return html ? htmlToText(title).simplified() : title;
}

} // namespace freshet::titletext
