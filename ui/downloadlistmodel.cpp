// SPDX-License-Identifier: MIT
#include "downloadlistmodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString formatTimeLeft(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

DownloadListModel::DownloadListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DownloadListModel::reset(const QList<Download> &downloads)
{
    beginResetModel();
    m_rows = downloads;
    endResetModel();
}

void DownloadListModel::update(const Download &download)
{
    const int row = rowOf(download.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(download);
        endInsertRows();
        return;
    }
    Download &kept = m_rows[row];
    // changed() carries no titles from the join; keep the ones read before.
    const QString itemTitle = download.itemTitle.isEmpty() ? kept.itemTitle : download.itemTitle;
    const QString feedTitle = download.feedTitle.isEmpty() ? kept.feedTitle : download.feedTitle;
    kept = download;
    kept.itemTitle = itemTitle;
    kept.feedTitle = feedTitle;
    if (download.state != DownloadState::Running)
        m_progress.remove(download.id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DownloadListModel::updateProgress(const DownloadProgress &progress)
{
    const int row = rowOf(progress.id);
    if (row < 0)
        return;
    m_progress.insert(progress.id, progress);
    m_rows[row].bytesDone = progress.bytesDone;
    m_rows[row].totalBytes = progress.totalBytes;
    emit dataChanged(index(row, ProgressColumn), index(row, TimeLeftColumn));
}

const Download *DownloadListModel::downloadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    const Download *d = downloadAt(index.row());
    if (!d)
        return {};
    const DownloadProgress progress = m_progress.value(d->id);
    const int perMille = d->totalBytes > 0 ? int(std::min<qint64>(1000, d->bytesDone * 1000 / d->totalBytes))
                                           : (d->state == DownloadState::Completed ? 1000 : -1);
    switch (role) {
    case DownloadIdRole: return d->id;
    case PerMilleRole: return perMille;
    case StateRole: return int(d->state);
    case FileRole: return d->state == DownloadState::Completed ? d->targetPath : QString();
    case Qt::ToolTipRole:
        if (!d->error.isEmpty())
            return d->error;
        return d->enclosureUrl;
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NameColumn: return d->itemTitle.isEmpty() ? d->displayName() : tr("%1 (%2)").arg(d->displayName(), d->itemTitle);
    case ProgressColumn:
        if (d->totalBytes > 0)
            return tr("%1 of %2").arg(locale.formattedDataSize(d->bytesDone), locale.formattedDataSize(d->totalBytes));
        return locale.formattedDataSize(d->bytesDone);
    case SpeedColumn:
        return d->state == DownloadState::Running && progress.bytesPerSecond > 0 ? transferRateText(progress.bytesPerSecond) : QString();
    case TimeLeftColumn: return d->state == DownloadState::Running ? formatTimeLeft(progress.secondsLeft) : QString();
    case StateColumn: return downloadStateLabel(d->state);
    case ErrorColumn: return d->error;
    default: return {};
    }
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case TimeLeftColumn: return tr("Time Left");
    case StateColumn: return tr("State");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

int DownloadListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace freshet
