// SPDX-License-Identifier: MIT
#include "logindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

LoginDialog::LoginDialog(const QString &feedName, Reason reason, const FeedLogin &current, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_userLabel(new QLabel(this)), m_user(new QLineEdit(this)),
      m_secretLabel(new QLabel(this)), m_secret(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Feed Login"));
    QString heading;
    switch (reason) {
    case Reason::NeedsLogin: heading = tr("This feed needs a login: %1"); break;
    case Reason::LoginRefused: heading = tr("The stored login was refused by %1. Enter it again:"); break;
    case Reason::Edit: heading = tr("Login for %1"); break;
    }
    auto *headingLabel = new QLabel(heading.arg(feedName), this);
    headingLabel->setWordWrap(true);
    headingLabel->setTextFormat(Qt::PlainText);
    auto *note = new QLabel(tr("The password or token is kept in the system keychain, never in Freshet's own files."), this);
    note->setWordWrap(true);

    m_kind->setObjectName(u"loginKind"_s);
    m_kind->addItem(tr("User name and password"), int(LoginKind::Basic));
    m_kind->addItem(tr("Token (Bearer)"), int(LoginKind::Bearer));
    m_kind->setAccessibleName(tr("Kind of login"));
    m_kind->setCurrentIndex(current.kind == LoginKind::Bearer ? 1 : 0);
    m_user->setObjectName(u"loginUser"_s);
    m_user->setAccessibleName(tr("User name"));
    m_user->setText(current.user);
    m_secret->setObjectName(u"loginSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_userLabel->setBuddy(m_user);
    m_userLabel->setText(tr("&User name:"));

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_secretLabel, m_secret);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LoginDialog::updateFields);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateFields);
    connect(m_secret, &QLineEdit::textChanged, this, &LoginDialog::updateFields);
    updateFields();
    // Straight to what is missing: the password when the user name is known.
    if (kind() == LoginKind::Basic && m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_secret->setFocus();
}

LoginKind LoginDialog::kind() const
{
    return LoginKind(m_kind->currentData().toInt());
}

QString LoginDialog::user() const
{
    return kind() == LoginKind::Basic ? m_user->text().trimmed() : QString();
}

QString LoginDialog::secret() const
{
    return m_secret->text();
}

void LoginDialog::updateFields()
{
    const bool basic = kind() == LoginKind::Basic;
    m_userLabel->setVisible(basic);
    m_user->setVisible(basic);
    m_secretLabel->setText(basic ? tr("&Password:") : tr("&Token:"));
    m_secret->setAccessibleName(basic ? tr("Password") : tr("Token"));
    const bool complete = !m_secret->text().isEmpty() && (!basic || !m_user->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace freshet
