// SPDX-License-Identifier: MIT
#include "itemidentity.h"

#include "parsing/parsedfeed.h"
#include "parsing/titletext.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// QDateTime::toString(Qt::ISODate), written directly for the usual case (a UTC time with a
/// four-digit year), which is what the parser produces.
void appendIsoDate(QString &out, const QDateTime &time)
{
    if (!time.isValid())
        return;
    const QDate date = time.date();
    if (time.timeSpec() != Qt::UTC || date.year() < 0 || date.year() > 9999) {
        out += time.toString(Qt::ISODate);
        return;
    }
    const QTime clock = time.time();
    char16_t text[20];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'Z';
    out += QStringView(text, 20);
}

} // namespace

QString itemKey(const ParsedItem &item)
{
    if (!item.id.trimmed().isEmpty())
        return u"g:"_s + item.id.trimmed();
    if (!item.link.trimmed().isEmpty())
        return u"l:"_s + item.link.trimmed();
    const QDateTime date = item.published.isValid() ? item.published : item.updated;
    if (!item.title.isEmpty() || date.isValid())
        return u"h:"_s + sha1Hex(item.title + u'\x1f' + date.toString(Qt::ISODate));
    return u"c:"_s + sha1Hex(item.summary + u'\x1f' + item.content);
}

QString itemContentHash(const ParsedItem &item)
{
    // The stored hashes are SHA-1 of these parts joined by U+001F in UTF-8; any change to what
    // goes in would make every stored item look edited once. Built in one buffer: the list,
    // the join and QDateTime::toString() cost more than the hash.
    const QString author = authorLine(item);
    // The title as stored (text), so a title stored as markup before HTML titles became text
    // counts as edited once and is rewritten.
    const QString title = titletext::of(item);
    QString joined;
    joined.reserve(title.size() + item.link.size() + author.size() + item.summary.size() + item.content.size() + item.image.size()
                   + 2 * 20 + 8 + item.enclosures.size() * 64);
    for (const QString *part : {&title, &item.link, &author, &item.summary, &item.content, &item.image}) {
        joined += *part;
        joined += u'\x1f';
    }
    appendIsoDate(joined, item.published);
    joined += u'\x1f';
    appendIsoDate(joined, item.updated);
    for (const ParsedEnclosure &enclosure : item.enclosures) {
        joined += u'\x1f';
        joined += enclosure.url;
        joined += u'\x1f';
        joined += enclosure.type;
        joined += u'\x1f';
        joined += QString::number(enclosure.length);
    }
    return sha1Hex(joined);
}

QList<ItemIdentity> itemIdentities(const QList<ParsedItem> &items)
{
    QList<ItemIdentity> identities;
    identities.reserve(items.size());
    for (const ParsedItem &item : items)
        identities.append({itemKey(item), itemContentHash(item)});
    return identities;
}

QString authorLine(const ParsedItem &item)
{
    QStringList names;
    for (const ParsedPerson &person : item.authors) {
        const QString name = !person.name.isEmpty() ? person.name : person.email;
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(u", "_s);
}

} // namespace freshet
