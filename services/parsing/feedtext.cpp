#include "parsing/feedtext.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet::feedtext {

namespace {

bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at < text.size() - 1 && !text.contains(u' ');
}

QString decodeBasicEntities(QString value)
{
    if (!value.contains(u'&'))
        return value;
    value.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    return value.replace(u"&amp;"_s, u"&"_s);
}

} // namespace

ParsedPerson personFromText(const QString &text)
{
    ParsedPerson person;
    person.text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return person;
    const qsizetype open = trimmed.indexOf(u'(');
    if (open > 0 && trimmed.endsWith(u')')) {
        const QString before = trimmed.left(open).trimmed();
        const QString inside = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        if (looksLikeEmail(before)) {
            person.email = before;
            person.name = inside;
            return person;
        }
        if (looksLikeEmail(inside)) {
            person.name = before;
            person.email = inside;
            return person;
        }
    }
    const qsizetype angle = trimmed.indexOf(u'<');
    if (angle >= 0 && trimmed.endsWith(u'>')) {
        person.name = trimmed.left(angle).trimmed();
        person.email = trimmed.mid(angle + 1, trimmed.size() - angle - 2).trimmed();
        if (person.email.startsWith(u"mailto:"_s))
            person.email = person.email.mid(7);
        return person;
    }
    if (looksLikeEmail(trimmed))
        person.email = trimmed;
    else
        person.name = trimmed;
    return person;
}

qint64 lengthFromText(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

QString firstImageSource(QStringView html)
{
    qsizetype pos = 0;
    while (true) {
        pos = html.indexOf(u"<img"_s, pos, Qt::CaseInsensitive);
        if (pos < 0)
            return {};
        const qsizetype end = html.indexOf(u'>', pos);
        const QStringView tag = html.mid(pos, end < 0 ? -1 : end - pos);
        qsizetype src = 0;
        while ((src = tag.indexOf(u"src"_s, src, Qt::CaseInsensitive)) > 0) {
            const QChar before = tag[src - 1];
            qsizetype p = src + 3;
            src = p;
            if (!before.isSpace())
                continue;
            while (p < tag.size() && tag[p].isSpace())
                ++p;
            if (p >= tag.size() || tag[p] != u'=')
                continue;
            ++p;
            while (p < tag.size() && tag[p].isSpace())
                ++p;
            if (p >= tag.size())
                break;
            QStringView value;
            if (tag[p] == u'"' || tag[p] == u'\'') {
                const qsizetype close = tag.indexOf(tag[p], p + 1);
                value = tag.mid(p + 1, close < 0 ? -1 : close - p - 1);
            } else {
                qsizetype q = p;
                while (q < tag.size() && !tag[q].isSpace() && tag[q] != u'/')
                    ++q;
                value = tag.mid(p, q - p);
            }
            const QString decoded = decodeBasicEntities(value.trimmed().toString());
            if (!decoded.isEmpty() && !decoded.startsWith(u"data:"_s, Qt::CaseInsensitive))
                return decoded;
            break;
        }
        pos += 4;
    }
}

void chooseItemImage(ParsedItem &item, const QUrl &base)
{
    if (!item.image.isEmpty())
        return;
    for (const ParsedEnclosure &enclosure : std::as_const(item.enclosures)) {
        if (enclosure.type.startsWith(u"image/"_s)) {
            item.image = enclosure.url;
            return;
        }
    }
    QString found = firstImageSource(item.content);
    if (found.isEmpty())
        found = firstImageSource(item.summary);
    if (found.isEmpty())
        return;
    const QUrl relative(found);
    item.image = base.isEmpty() || !relative.isRelative() ? found : base.resolved(relative).toString();
}

} // namespace freshet::feedtext
