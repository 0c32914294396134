#include "itemidentity.h"

#include "parsing/parsedfeed.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
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
    QStringList parts{item.title, item.link, authorLine(item), item.summary, item.content, item.image,
                      item.published.toString(Qt::ISODate), item.updated.toString(Qt::ISODate)};
    for (const ParsedEnclosure &enclosure : item.enclosures)
        parts << enclosure.url << enclosure.type << QString::number(enclosure.length);
    return sha1Hex(parts.join(u'\x1f'));
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
