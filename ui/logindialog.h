// SPDX-License-Identifier: MIT
#pragma once

#include "feedlogin.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace freshet {

/// Asks for a feed's login: a user name and password (HTTP Basic) or a token (Bearer).
/// Only asks; the caller files the secret in the keychain (see FeedLoginFlow).
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum class Reason {
        NeedsLogin,   ///< the feed answered 401 without a login
        LoginRefused, ///< the stored login was refused
        Edit,         ///< the person chose Edit Login
    };

    LoginDialog(const QString &feedName, Reason reason, const FeedLogin &current, QWidget *parent = nullptr);

    LoginKind kind() const;
    QString user() const;
    QString secret() const;

private:
    void updateFields();

    QComboBox *m_kind;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QDialogButtonBox *m_buttons;
};

} // namespace freshet
