// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace freshet {

/// Opens Freshet's SQLite database on the calling thread: WAL, foreign keys, a busy timeout,
/// and every schema migration the file has not had yet.
/// A QSqlDatabase connection belongs to the thread that opened it; use one connection name per
/// thread and close it with closeDatabase() on that same thread.
Result<QSqlDatabase> openDatabase(const QString &path, const QString &connectionName);
/// Opens a connection to an existing database that cannot write (PRAGMA query_only): for a
/// thread that reads beside the store thread's writer. A write on it fails loudly instead of
/// making a second writer. It neither migrates nor changes the journal mode: the writer did.
Result<QSqlDatabase> openReaderDatabase(const QString &path, const QString &connectionName);
void closeDatabase(const QString &connectionName);

/// The schema version this build writes; a newer file is refused rather than damaged.
int latestSchemaVersion();

/// Turns a failed query or transaction into a message a person can act on: a full disk, a
/// read-only file and a locked database each say so.
QString describeSqlError(const class QSqlError &error);

/// The one sentence for a full disk under the profile, whichever layer (SQLite, a file write)
/// noticed it.
QString diskFullMessage();
/// The one sentence for a database SQLite found damaged inside (a malformed page), with the way
/// out: `freshet repair`.
QString damagedDatabaseMessage();
/// Whether the disk holding path (a file or folder) has next to no room left. SQLite reports
/// some full-disk failures (growing the WAL index) as plain I/O errors, and QLockFile none at
/// all, so the cause is asked of the disk itself.
bool diskIsFull(const QString &path);

} // namespace freshet
