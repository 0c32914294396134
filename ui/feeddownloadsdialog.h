// SPDX-License-Identifier: MIT
#pragma once

#include "downloads/download.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace freshet {

/// A feed's "download new enclosures automatically", with a size limit and "only on
/// unmetered networks".
class FeedDownloadsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedDownloadsDialog)

public:
    FeedDownloadsDialog(const QString &feedTitle, const FeedDownloadSettings &settings, QWidget *parent = nullptr);

    FeedDownloadSettings settings() const;

private:
    void updateEnabled();

    QCheckBox *m_automatic;
    QCheckBox *m_limited;
    QSpinBox *m_limitMegabytes;
    QCheckBox *m_unmeteredOnly;
};

} // namespace freshet
