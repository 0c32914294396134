// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <utility>

/// A plist <dict> of the top level: key -> (type, text), arrays as their strings joined by \n.
/// Enough for the generated LaunchAgent plist and the iOS Info.plist, which have no nesting
/// beyond arrays of strings.
inline QHash<QString, std::pair<QString, QString>> parsePlistDict(const QByteArray &plist, QString *error)
{
    QHash<QString, std::pair<QString, QString>> values;
    QXmlStreamReader xml(plist);
    QString key;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 3 && name == QStringLiteral("key")) {
                key = xml.readElementText();
                --depth;
            } else if (depth == 3 && name == QStringLiteral("array")) {
                QStringList items;
                while (xml.readNextStartElement())
                    items << xml.readElementText();
                values.insert(key, {name, items.join(u'\n')});
                --depth;
            } else if (depth == 3) {
                const bool empty = name == QStringLiteral("true") || name == QStringLiteral("false");
                values.insert(key, {name, empty ? QString() : xml.readElementText()});
                if (empty)
                    xml.skipCurrentElement();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return values;
}
