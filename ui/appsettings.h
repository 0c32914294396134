// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundschedule.h"
#include "background/readretention.h"
#include "itemtablemodel.h"
#include "network/fetchservice.h"
#include "profile/languagesetting.h"

#include <QSettings>

namespace freshet {

/// The settings a person changes in the Settings dialog, kept in the profile's settings.ini.
/// One place for their keys and defaults, so the window and the dialog cannot disagree.
class AppSettings final
{
public:
    /// The in-app refresh interval: Never, or Minimum (the shortest the engine allows), or
    /// a number of minutes.
    static constexpr int intervalNever = 0;
    static constexpr int intervalMinimum = -1;

    explicit AppSettings(QSettings *settings) : m_settings(settings) {}

    int refreshIntervalMinutes() const { return m_settings->value(QStringLiteral("fetch/intervalMinutes"), 30).toInt(); }
    void setRefreshIntervalMinutes(int minutes) { m_settings->setValue(QStringLiteral("fetch/intervalMinutes"), minutes); }
    /// The timer period the interval means, in milliseconds; 0 for Never.
    qint64 refreshPeriodMs() const;

    /// The interval with the background options, as the schedulers read it.
    BackgroundSchedule backgroundSchedule() const { return loadBackgroundSchedule(*m_settings); }
    void setBackgroundSchedule(const BackgroundSchedule &schedule) { saveBackgroundSchedule(*m_settings, schedule); }

    bool notifyNewItems() const { return m_settings->value(QStringLiteral("notify/newItems"), true).toBool(); }
    void setNotifyNewItems(bool notify) { m_settings->setValue(QStringLiteral("notify/newItems"), notify); }

    bool loadImages() const { return m_settings->value(QStringLiteral("view/loadImages"), true).toBool(); }
    void setLoadImages(bool load) { m_settings->setValue(QStringLiteral("view/loadImages"), load); }
    /// How many steps the article's text is zoomed in (negative: out); 0: the system's size.
    int articleZoom() const { return m_settings->value(QStringLiteral("view/articleZoom"), 0).toInt(); }
    void setArticleZoom(int steps) { m_settings->setValue(QStringLiteral("view/articleZoom"), steps); }

    /// How long read items are kept, in days; 0: for ever (background/readretention.h).
    int keepReadDays() const { return loadReadRetentionDays(*m_settings); }
    void setKeepReadDays(int days) { saveReadRetentionDays(*m_settings, days); }

    /// Light, dark, or as the system is (appearance.h).
    QString appearance() const { return m_settings->value(QStringLiteral("view/appearance"), QStringLiteral("system")).toString(); }
    void setAppearance(const QString &name) { m_settings->setValue(QStringLiteral("view/appearance"), name); }

    /// The feed list's folders and accounts the person closed (FeedListModel::NodeKeyRole);
    /// everything else is open.
    QStringList collapsedFeedNodes() const { return m_settings->value(QStringLiteral("view/collapsedFeedNodes")).toStringList(); }
    void setCollapsedFeedNodes(const QStringList &keys) { m_settings->setValue(QStringLiteral("view/collapsedFeedNodes"), keys); }

    /// A language code Freshet ships ("de", "fr", "ro", "en"), or empty to follow the system.
    QString language() const { return chosenLanguage(*m_settings); }
    void setLanguage(const QString &code) { setChosenLanguage(*m_settings, code); }
    /// The item table's sort: a column of ItemTableModel and an order; newest first by default.
    int sortColumn() const { return m_settings->value(QStringLiteral("view/sortColumn"), int(ItemTableModel::DateColumn)).toInt(); }
    Qt::SortOrder sortOrder() const
    {
        return m_settings->value(QStringLiteral("view/sortAscending"), false).toBool() ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    void setSort(int column, Qt::SortOrder order)
    {
        m_settings->setValue(QStringLiteral("view/sortColumn"), column);
        m_settings->setValue(QStringLiteral("view/sortAscending"), order == Qt::AscendingOrder);
    }

    bool closeToTray() const { return m_settings->value(QStringLiteral("ui/closeToTray"), true).toBool(); }
    void setCloseToTray(bool close) { m_settings->setValue(QStringLiteral("ui/closeToTray"), close); }

    FetchService::Limits fetchLimits() const;
    void setFetchLimits(int maxConcurrent, int maxPerHost);

private:
    QSettings *m_settings;
};

} // namespace freshet
