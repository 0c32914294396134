// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "storage/feedrecords.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace freshet {

/// Edit Feed: a feed's address, the name shown for it, its folder and how often it is checked
/// (the adaptive interval, or one of the person's choosing), with a way to its login. For a
/// sync account's feed only the name can change here; the rest is its server's, and it says so.
class EditFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditFeedDialog)

public:
    /// folders: this device's, offered in the Folder field (a new one can be typed).
    EditFeedDialog(const Feed &feed, const QStringList &folders, QWidget *parent = nullptr);
    ~EditFeedDialog() override = default;

    FeedEdit edit() const;

signals:
    /// Edit Login… was pressed: the caller opens the feed's login over this dialog.
    void loginWanted();

private:
    QLineEdit *m_address;
    QLineEdit *m_name;
    QComboBox *m_folder;
    QComboBox *m_interval;
};

} // namespace freshet
