#include "addfeeddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AddFeedDialog::AddFeedDialog(const QList<Account> &accounts, qint64 preferredAccountId, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(this))
{
    setWindowTitle(tr("Add Feed"));
    setObjectName(u"addFeedDialog"_s);
    m_address->setObjectName(u"feedAddress"_s);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *prompt = new QLabel(tr("The address of a feed, or of a web page that has one:"), this);
    prompt->setBuddy(m_address);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_address);

    for (const Account &account : accounts) {
        if (!account.isLocal())
            m_accounts << account;
    }
    if (!m_accounts.isEmpty()) {
        m_destination = new QComboBox(this);
        m_destination->setObjectName(u"addFeedDestination"_s);
        m_destination->addItem(tr("Local feeds"), localAccountId);
        for (const Account &account : std::as_const(m_accounts))
            m_destination->addItem(account.name, account.id);
        const int preferred = m_destination->findData(preferredAccountId);
        m_destination->setCurrentIndex(preferred >= 0 ? preferred : 0);
        auto *form = new QFormLayout;
        form->addRow(tr("Add &to:"), m_destination);
        layout->addLayout(form);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddFeedDialog::address() const
{
    return m_address->text();
}

std::optional<Account> AddFeedDialog::account() const
{
    if (!m_destination)
        return std::nullopt;
    const qint64 id = m_destination->currentData().toLongLong();
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

} // namespace freshet
