// SPDX-License-Identifier: MIT
#include "feedscope.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString feedScopeCondition(qint64 feedId, qint64 accountId, const QString &folder, QVariantList &values)
{
    if (feedId != 0) {
        values << feedId;
        return u"i.feed_id = ?"_s;
    }
    if (accountId == 0)
        return {};
    values << accountId;
    if (folder.isEmpty())
        return u"i.feed_id IN (SELECT id FROM feeds WHERE account_id = ?)"_s;
    // The folder itself or one below it: "F/..." sorts from "F/" up to "F0" ('0' follows '/'),
    // where LIKE would read "_" and "%" in a folder's name as wildcards.
    values << folder << QString(folder + u'/') << QString(folder + u'0');
    return u"i.feed_id IN (SELECT id FROM feeds WHERE account_id = ? AND (category = ? OR (category >= ? AND category < ?)))"_s;
}

} // namespace freshet
