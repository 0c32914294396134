// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "network/feeddiscovery.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace freshet {

/// Asks for the address of a feed, or of a web page that has one, and, when there are sync
/// accounts, where to subscribe: on this device or on one of the accounts' servers. Without
/// sync accounts it is just the address.
///
/// OK does not close it: it emits submitted(), and the dialog stays open, with what was typed,
/// until the caller accepts it once the feed is subscribed. Meanwhile the caller shows progress
/// and problems in it (setBusy, showProblem), so a mistake is corrected here, not typed again.
class AddFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddFeedDialog)

public:
    /// accounts: the sync accounts (a local account among them is left out). preferredAccountId
    /// is chosen at first when it is one of them; otherwise this device is. folders: this
    /// device's, offered for a feed added here (a new one can be typed), preferredFolder first.
    AddFeedDialog(const QList<Account> &accounts, qint64 preferredAccountId, const QStringList &folders,
                  const QString &preferredFolder, QWidget *parent = nullptr);
    ~AddFeedDialog() override = default;

    QString address() const;
    /// The sync account chosen; nothing for this device.
    std::optional<Account> account() const;
    /// The folder for a feed added on this device ("/" nests); empty: none.
    QString folder() const;

    /// While busy, OK is disabled and the dialog says it is looking for a feed.
    void setBusy(bool busy);
    /// One sentence under the address; ends busy.
    void showProblem(const QString &message);
    /// The feeds a page offers, in a picker over this dialog (no nested event loop); chosen is
    /// called with the one picked. Cancelling the picker leaves this dialog as it was.
    void offerFeeds(const QList<DiscoveredFeed> &feeds, std::function<void(const QUrl &)> chosen);

signals:
    /// OK was pressed; the address may still be anything at all.
    void submitted();

private:
    void showMessage(const QString &text);
    QList<Account> m_accounts;
    QLineEdit *m_address;
    QComboBox *m_destination = nullptr;
    QComboBox *m_folder;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace freshet
