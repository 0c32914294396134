// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

/// What Freshet can tell about its own work, one category per area, silent unless asked for:
/// `freshet --verbose` turns every one on, QT_LOGGING_RULES picks some ("freshet.sync.debug=true").
/// A line never holds a secret: no password, token, cookie or Authorization header, and
/// addresses only as redactedUrl() gives them.
Q_DECLARE_LOGGING_CATEGORY(lcFetch)     // freshet.fetch: each request, redirect and answer
Q_DECLARE_LOGGING_CATEGORY(lcSync)      // freshet.sync: each account's sync and its steps
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // freshet.store: the database opened, slow work on it
Q_DECLARE_LOGGING_CATEGORY(lcDownloads) // freshet.downloads: each download started and ended
Q_DECLARE_LOGGING_CATEGORY(lcScheduler) // freshet.scheduler: runs planned, OS registrations

namespace freshet {

/// An address fit for a log: without user name and password, and with its query replaced by
/// "?…" (private feeds put keys there).
QString redactedUrl(const QUrl &url);

/// What `--verbose` turns on, before anything logs.
void enableVerboseLogging();

} // namespace freshet
