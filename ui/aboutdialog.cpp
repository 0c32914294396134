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
    text->setText(u"<h2>Freshet %1</h2><p>%2</p><p>%3<br>%4</p><p>%5</p><p>%6</p><ul>%7</ul>"_s.arg(
        QString::fromLatin1(freshetVersion), tr("A feed reader whose content is refreshed while nobody is looking."),
        freshetCopyright().toHtmlEscaped(),
        tr("Freshet is free software under the MIT License: you may use, copy, change and share it, "
           "keeping the copyright and license notice.")
            .toHtmlEscaped(),
        qtVersionsLine().toHtmlEscaped(), linkedLibrariesHeading().toHtmlEscaped(), licenses));
    text->setAccessibleName(tr("About Freshet"));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace freshet
