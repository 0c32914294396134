// SPDX-License-Identifier: MIT
#include "renamefeeddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

RenameFeedDialog::RenameFeedDialog(const QString &shownName, const QString &ownTitle, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(shownName, this))
{
    setObjectName(u"renameFeedDialog"_s);
    setWindowTitle(tr("Rename Feed"));
    m_title->setObjectName(u"feedName"_s);
    m_title->setPlaceholderText(ownTitle);
    m_title->setClearButtonEnabled(true);
    m_title->selectAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *useOwn = buttons->addButton(tr("&Use the Feed's Own Title"), QDialogButtonBox::ResetRole);
    useOwn->setObjectName(u"useOwnTitle"_s);
    useOwn->setToolTip(ownTitle);
    connect(useOwn, &QPushButton::clicked, this, [this] {
        m_useOwnTitle = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_title);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString RenameFeedDialog::title() const
{
    return m_useOwnTitle ? QString() : m_title->text().simplified();
}

} // namespace freshet
