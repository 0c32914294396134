// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace freshet {

namespace sync {
class SyncClient;
}

/// Asks for a sync account's server and login, and logs in once before accepting, so a
/// mistyped address or password is said here and never stored. Adds a new account, or takes
/// the password again for an account whose server refused the stored one.
class AccountLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountLoginDialog)

public:
    /// A default-constructed account: adding one. Otherwise only the password can change.
    explicit AccountLoginDialog(const Account &account, QWidget *parent = nullptr);
    ~AccountLoginDialog() override;

    QString protocol() const;
    QString server() const;
    QString user() const;
    QString secret() const;
    QString accountName() const;

    void accept() override;

private:
    void updateFields();
    void onChecked(bool ok, const QString &message);

    bool m_adding;
    QComboBox *m_protocol;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_name;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<sync::SyncClient> m_check;
};

} // namespace freshet
