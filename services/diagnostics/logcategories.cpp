// SPDX-License-Identifier: MIT
#include "logcategories.h"

using namespace Qt::Literals::StringLiterals;

// Debug and info lines are off by default: Qt would otherwise print them to every terminal.
Q_LOGGING_CATEGORY(lcFetch, "freshet.fetch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "freshet.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "freshet.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDownloads, "freshet.downloads", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScheduler, "freshet.scheduler", QtWarningMsg)

namespace freshet {

QString redactedUrl(const QUrl &url)
{
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (url.hasQuery())
        text += u"?…"_s;
    return text;
}

void enableVerboseLogging()
{
    // QT_LOGGING_RULES, when set, still has the last word: Qt applies it after these.
    QLoggingCategory::setFilterRules(u"freshet.*.debug=true"_s);
    // The category names which line is which; the time, how long things took.
    if (!qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time hh:mm:ss.zzz} %{category}: %{message}"_s);
}

} // namespace freshet
