#pragma once

#include "account.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace freshet {

/// Asks for the address of a feed, or of a web page that has one, and, when there are sync
/// accounts, where to subscribe: on this device or on one of the accounts' servers. Without
/// sync accounts it is just the address.
class AddFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddFeedDialog)

public:
    /// accounts: the sync accounts (a local account among them is left out). preferredAccountId
    /// is chosen at first when it is one of them; otherwise this device is.
    AddFeedDialog(const QList<Account> &accounts, qint64 preferredAccountId, QWidget *parent = nullptr);
    ~AddFeedDialog() override = default;

    QString address() const;
    /// The sync account chosen; nothing for this device.
    std::optional<Account> account() const;

private:
    QList<Account> m_accounts;
    QLineEdit *m_address;
    QComboBox *m_destination = nullptr;
};

} // namespace freshet
