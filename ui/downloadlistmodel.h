// SPDX-License-Identifier: MIT
#pragma once

#include "downloads/download.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace freshet {

/// The downloads table: name, progress, speed, time left, state and error, newest first. Fed
/// by DownloadThread's changed() and progressed() signals, so a running download updates its
/// own row only.
class DownloadListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadListModel)

public:
    enum Column { NameColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, StateColumn, ErrorColumn, ColumnCount };
    enum Role {
        DownloadIdRole = Qt::UserRole + 1,
        /// 0…1000 per mille, or -1 while the size is unknown.
        PerMilleRole,
        StateRole,
        FileRole,
    };

    explicit DownloadListModel(QObject *parent = nullptr);

    void reset(const QList<Download> &downloads);
    void update(const Download &download);
    void updateProgress(const DownloadProgress &progress);
    const Download *downloadAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(qint64 id) const;

    QList<Download> m_rows;
    QHash<qint64, DownloadProgress> m_progress;
};

/// "1:05:03" or "4:07"; empty when unknown.
QString formatTimeLeft(qint64 seconds);

} // namespace freshet
