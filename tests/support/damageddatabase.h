// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

/// Overwrites, in a closed SQLite file, the whole page holding `marker` (text stored in one
/// row and nowhere else) with garbage, as a failing disk or a stray write would. A marker that
/// is a prefix of another (".../item/5" of ".../item/50") only matches where no digit follows.
/// Answers the page number (1-based), or 0 when the marker is not in the file.
inline qint64 damagePageHolding(const QString &databasePath, const QString &marker)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadWrite))
        return 0;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 100)
        return 0;
    // The header's page size, big-endian at offset 16; 1 stands for 65536.
    qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const QRegularExpression pattern(QRegularExpression::escape(marker) + QStringLiteral("(?![0-9])"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(bytes));
    if (!match.hasMatch())
        return 0;
    const qint64 page = match.capturedStart() / pageSize;
    if (page == 0)
        return 0; // the header page: a different kind of damage
    QByteArray garbage(pageSize, Qt::Uninitialized);
    QRandomGenerator random(20240601);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    if (!file.seek(page * pageSize) || file.write(garbage) != garbage.size())
        return 0;
    return page + 1;
}
