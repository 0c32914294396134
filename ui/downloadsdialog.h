// SPDX-License-Identifier: MIT
#pragma once

#include "actions/controldownload.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace freshet {

class DownloadListModel;
class DownloadManager;
class DownloadThread;
class Status;

/// Downloads: every enclosure download with its progress, speed and time left, and the
/// commands for the selected one (pause, resume, cancel, retry, open, show in folder).
class DownloadsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsDialog)

public:
    /// Reads and changes the queue only by posting to its thread.
    DownloadsDialog(DownloadThread *queue, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DownloadListModel *model() const { return m_model; }
    /// Re-reads the list from the database (another process may have changed it); the table
    /// fills when the queue's thread answers.
    void reload();
    /// After the owner tried another folder: where finished downloads go now, or why the
    /// folder was refused.
    void showFolderChange(const QString &folder, const actions::Outcome &changed);

signals:
    /// The person picked another folder for finished downloads (saved by the owner).
    void folderChosen(const QString &folder);

private:
    void updateButtons();
    qint64 currentId() const;
    QString currentFile() const;
    void report(const QString &error);
    /// Posts a command (pause, resume…) for the selected download; its error shows below.
    void command(actions::DownloadStep step);
    void chooseFolder();

    DownloadThread *m_queue;
    DownloadListModel *m_model;
    QTableView *m_table;
    QLabel *m_folder;
    QLabel *m_message;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_open;
    QPushButton *m_showInFolder;
};

} // namespace freshet
