// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "about/shippedcomponents.h"
#include "freshetversion.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Freshet"));
    auto *layout = new QVBoxLayout(this);

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    QString licenses;
    for (const ShippedComponent &component : shippedComponents())
        licenses += u"<li>"_s + component.name.toHtmlEscaped() + u": "_s + component.license.toHtmlEscaped() + u"</li>"_s;
    text->setText(u"<h2>Freshet %1</h2><p>%2</p><p>%3</p><p>%4</p><ul>%5</ul>"_s.arg(
        QString::fromLatin1(freshetVersion),
        tr("A feed reader whose content is refreshed while nobody is looking."),
        qtVersionsLine().toHtmlEscaped(),
        tr("Licenses of what Freshet ships:"),
        licenses));
    text->setAccessibleName(tr("About Freshet"));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace freshet
