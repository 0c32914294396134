// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actions/actionservices.h"
#include "actions/outcome.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace freshet {

/// Asks for a sync account's server and login and runs the action that keeps it (adding the
/// account, or logging in to it again), accepting only once it is done: a mistyped address or
/// password is said here and never stored. For an account whose server refused the stored
/// password, only the password can change.
class AccountLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountLoginDialog)

public:
    /// A default-constructed account: adding one. Otherwise only the password can change.
    AccountLoginDialog(const actions::ActionServices &services, const Account &account, QWidget *parent = nullptr);

    QString protocol() const;
    QString server() const;
    QString user() const;
    QString secret() const;
    QString accountName() const;
    /// The account added or logged in to, once accepted.
    const Account &account() const { return m_account; }

    void accept() override;

private:
    void updateFields();
    void onAnswered(const actions::Outcome &outcome);

    actions::ActionServices m_services;
    Account m_account;
    bool m_adding;
    bool m_busy = false;
    QComboBox *m_protocol;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_name;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace freshet
