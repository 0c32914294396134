// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"

#include <QToolBar>

#include <optional>

namespace freshet {

/// The bar over the article: Star (showing whether it is starred), Publish for a Tiny Tiny RSS
/// article (whether it is in the account's public feed), Open in Browser and the
/// enclosure's download, the same commands as the Item and Downloads menus, where a reader's
/// eyes already are. Hidden while no article is shown.
class ArticleHeader final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHeader)

public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    /// The menus' own actions, so that shortcuts, state and enabling are the same everywhere.
    void addCommands(QAction *openInBrowser, QAction *downloadEnclosure);
    QAction *starAction() const { return m_star; }
    /// The article shown now, or none.
    void showState(const std::optional<Item> &item);

signals:
    /// Star was clicked: the shown item is to be starred or unstarred.
    void starToggled();
    /// Publish was clicked (shown for a Tiny Tiny RSS article only): into its account's public
    /// feed, or out of it.
    void publishToggled();

private:
    QAction *m_star;
    QAction *m_publish;
};

} // namespace freshet
