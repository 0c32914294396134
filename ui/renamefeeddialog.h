// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;

namespace freshet {

/// Asks for a feed's new name, prefilled with the name it shows, with a button that gives the
/// feed its own title back.
class RenameFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameFeedDialog)

public:
    /// ownTitle: what the feed is called without a name of the person's (the placeholder).
    RenameFeedDialog(const QString &shownName, const QString &ownTitle, QWidget *parent = nullptr);

    /// The name chosen; empty: the feed's own title again.
    QString title() const;

private:
    QLineEdit *m_title;
    bool m_useOwnTitle = false;
};

} // namespace freshet
