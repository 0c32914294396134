// SPDX-License-Identifier: MIT
#include "feeddownloadsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
constexpr qint64 Megabyte = 1024 * 1024;
}

FeedDownloadsDialog::FeedDownloadsDialog(const QString &feedTitle, const FeedDownloadSettings &settings, QWidget *parent)
    : QDialog(parent), m_automatic(new QCheckBox(tr("Download new enclosures &automatically"), this)),
      m_limited(new QCheckBox(tr("&Skip files larger than"), this)), m_limitMegabytes(new QSpinBox(this)),
      m_unmeteredOnly(new QCheckBox(tr("Only on &unmetered networks"), this))
{
    setWindowTitle(tr("Automatic Downloads: %1").arg(feedTitle));
    setObjectName(u"feedDownloadsDialog"_s);
    m_automatic->setChecked(settings.automatic);
    m_limited->setChecked(settings.maxBytes >= 0);
    m_limitMegabytes->setRange(1, 1024 * 1024);
    m_limitMegabytes->setSuffix(tr(" MB"));
    m_limitMegabytes->setValue(settings.maxBytes >= 0 ? int(std::max<qint64>(1, settings.maxBytes / Megabyte)) : 500);
    m_unmeteredOnly->setChecked(settings.unmeteredOnly);

    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limited);
    limitRow->addWidget(m_limitMegabytes);
    limitRow->addStretch();
    auto *note = new QLabel(tr("Only items that arrive from now on are downloaded."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_automatic, &QCheckBox::toggled, this, &FeedDownloadsDialog::updateEnabled);
    connect(m_limited, &QCheckBox::toggled, this, &FeedDownloadsDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_automatic);
    layout->addLayout(limitRow);
    layout->addWidget(m_unmeteredOnly);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateEnabled();
}

FeedDownloadSettings FeedDownloadsDialog::settings() const
{
    FeedDownloadSettings settings;
    settings.automatic = m_automatic->isChecked();
    settings.maxBytes = m_limited->isChecked() ? qint64(m_limitMegabytes->value()) * Megabyte : -1;
    settings.unmeteredOnly = m_unmeteredOnly->isChecked();
    return settings;
}

void FeedDownloadsDialog::updateEnabled()
{
    const bool on = m_automatic->isChecked();
    m_limited->setEnabled(on);
    m_limitMegabytes->setEnabled(on && m_limited->isChecked());
    m_unmeteredOnly->setEnabled(on);
}

} // namespace freshet
