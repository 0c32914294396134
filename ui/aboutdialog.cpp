#include "aboutdialog.h"

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
    text->setText(u"<h2>Freshet %1</h2><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        QString::fromLatin1(freshetVersion),
        tr("A feed reader whose content is refreshed while nobody is looking."),
        tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("Freshet uses Qt (LGPL-3.0) and QtKeychain (BSD-3-Clause).")));
    text->setAccessibleName(tr("About Freshet"));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace freshet
