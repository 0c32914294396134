// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace freshet {

/// What the rebuild could read of one table.
struct SalvagedTable
{
    QString name;
    qint64 kept = 0;
    /// Rows the damaged file still counts but the rebuild could not read, plus rows left
    /// pointing at a lost row (an item of a lost feed); -1 when the damaged file cannot count.
    qint64 lost = 0;
    /// Stretches of unreadable rows skipped (a damaged page holds many).
    int damagedStretches = 0;
};

/// What repairDatabase() found and did.
struct RepairReport
{
    bool wasSound = false;       ///< PRAGMA integrity_check found nothing: the file was not touched
    QStringList problems;        ///< the first problems integrity_check named
    QString damagedCopy;         ///< where the damaged file was kept, byte for byte
    QList<SalvagedTable> tables; ///< every table the rebuild filled, in schema order
};

/// Checks the database at path (PRAGMA integrity_check) and, when it is damaged, keeps the file
/// beside itself as "<name>.damaged-<UTC time>" and puts in its place a new database holding
/// every row that can still be read: table by table, row by row in rowid order, stepping over
/// unreadable pages. The search index is rebuilt from the items kept. The file must be open
/// nowhere else (the caller holds the profile's run lock and has checked for a window).
[[nodiscard]] Result<RepairReport> repairDatabase(const QString &path);

} // namespace freshet
