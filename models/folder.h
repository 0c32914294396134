// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace freshet {

/// A folder of an account's feeds, by its whole "/"-separated path ("Tech/Linux").
struct Folder
{
    qint64 accountId = 0;
    QString path;

    /// Its path cleaned as the feed list reads it: "Tech//Linux/" and " Tech/Linux" are
    /// "Tech/Linux"; empty for the top level.
    static QString normalized(const QString &path)
    {
        QStringList parts;
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
                parts << trimmed;
        }
        return parts.join(u'/');
    }
    /// The folder it is in; empty at the top level.
    static QString parentOf(const QString &path) { return path.section(u'/', 0, -2); }
    /// Where `folder`, which is `from` or inside it, goes when `from` becomes `to` (empty: the
    /// top level): "A/B/C" with "A/B" moved to "X" is "X/C".
    static QString moved(const QString &folder, const QString &from, const QString &to)
    {
        const QString rest = folder.mid(from.size() + 1); // past "from/"; empty for `from` itself
        if (to.isEmpty())
            return rest;
        return rest.isEmpty() ? to : to + u'/' + rest;
    }
    /// Whether `folder` is `path` or inside it.
    static bool isWithin(const QString &folder, const QString &path) { return folder == path || folder.startsWith(path + u'/'); }
};

} // namespace freshet
