// SPDX-License-Identifier: MIT
#include "accountlogindialog.h"

#include "actions/addaccount.h"
#include "actions/loginaccount.h"
#include "sync/syncclients.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AccountLoginDialog::AccountLoginDialog(const actions::ActionServices &services, const Account &account, QWidget *parent)
    : QDialog(parent), m_services(services), m_account(account), m_adding(account.id == 0), m_protocol(new QComboBox(this)),
      m_server(new QLineEdit(this)), m_user(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_adding ? tr("Add Sync Account") : tr("Log In Again"));
    setObjectName(u"accountLoginDialog"_s);
    auto *heading = new QLabel(m_adding
                                   ? tr("Read on every device: Freshet syncs with the feed server you use. Its feeds, "
                                        "articles, and read and starred state come from the server.")
                                   : tr("The server of the account “%1” refused its login. Enter the password again:").arg(account.name),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    m_protocol->setObjectName(u"accountProtocol"_s);
    for (const QString &protocol : sync::syncProtocols())
        m_protocol->addItem(sync::protocolDisplayName(protocol), protocol);
    m_server->setObjectName(u"accountServer"_s);
    m_server->setPlaceholderText(tr("https://example.org/tt-rss/ or https://example.org/api/greader.php"));
    m_user->setObjectName(u"accountUser"_s);
    m_secret->setObjectName(u"accountSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_name->setObjectName(u"accountName"_s);
    m_name->setPlaceholderText(tr("The server's host name"));
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    if (!m_adding) {
        m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(account.protocol)));
        m_server->setText(account.server);
        m_user->setText(account.user);
        m_name->setText(account.name);
        for (QWidget *fixed : std::initializer_list<QWidget *>{m_protocol, m_server, m_user, m_name})
            fixed->setEnabled(false);
    }

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Service:"), m_protocol);
    addRow(tr("Server &address:"), m_server);
    addRow(tr("&User name:"), m_user);
    addRow(tr("&Password:"), m_secret);
    addRow(tr("&Name in Freshet:"), m_name);
    auto *note = new QLabel(tr("The password is kept in the system keychain, never in Freshet's own files. For FreshRSS "
                               "and Miniflux use the API password set in the server's profile page."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountLoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_server, m_user, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &AccountLoginDialog::updateFields);
    updateFields();
    (m_adding ? m_server : m_secret)->setFocus();
}

QString AccountLoginDialog::protocol() const
{
    return m_protocol->currentData().toString();
}
QString AccountLoginDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed()).toString(QUrl::FullyEncoded);
}
QString AccountLoginDialog::user() const
{
    return m_user->text().trimmed();
}
QString AccountLoginDialog::secret() const
{
    return m_secret->text();
}

QString AccountLoginDialog::accountName() const
{
    const QString typed = m_name->text().trimmed();
    return typed.isEmpty() ? QUrl(server()).host() : typed;
}

void AccountLoginDialog::updateFields()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty() && !user().isEmpty() && !m_secret->text().isEmpty());
}

void AccountLoginDialog::accept()
{
    if (m_busy)
        return;
    m_busy = true;
    m_status->setText(tr("Logging in to %1…").arg(QUrl(server()).host()));
    updateFields();
    if (m_adding) {
        actions::addAccount(m_services, {protocol(), server(), user(), m_name->text(), secret()}, this,
                            [this](const actions::Outcome &outcome, const Account &added) {
                                if (outcome.succeeded())
                                    m_account = added;
                                onAnswered(outcome);
                            });
    } else {
        actions::logInToAccount(m_services, m_account, secret(), this,
                                [this](const actions::Outcome &outcome) { onAnswered(outcome); });
    }
}

void AccountLoginDialog::onAnswered(const actions::Outcome &outcome)
{
    m_busy = false;
    updateFields();
    if (!outcome.succeeded()) {
        m_status->setText(outcome.message);
        return;
    }
    m_status->setText(tr("Logged in."));
    QDialog::accept();
}

} // namespace freshet
