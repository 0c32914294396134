// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace freshet {

class AccountsController;

/// Settings > Accounts: the sync accounts with their state (last sync, waiting changes, a
/// refused login), and Add, Log In Again, Sync Now and Remove.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(AccountsController *controller, QWidget *parent = nullptr);

private:
    void show(const QList<Account> &accounts);
    const Account *selected() const;
    void updateButtons();

    AccountsController *m_controller;
    QList<Account> m_accounts;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_logIn;
    QPushButton *m_sync;
    QPushButton *m_remove;
};

} // namespace freshet
