// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>

#include <optional>

class QNetworkAccessManager;
class QMimeData;

namespace freshet {

class CodeBlocks;

/// Shows one item: title, feed, date, author, then its content as sanitised HTML. Nothing runs
/// and nothing remote is loaded unless images are allowed; links open in the browser.
class ItemView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemView)

public:
    explicit ItemView(QWidget *parent = nullptr);

    void showItem(const Item &item);
    void showNothing();
    /// The first-run page: what to do when there are no feeds at all.
    void showWelcome();
    void setLoadImages(bool load) { m_loadImages = load; }
    /// The text a step bigger for each step (smaller for negative ones), from the system's
    /// size; the column stays about 70 characters of the new size. Clamped to what reads.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int minimumZoom = -4;
    static constexpr int maximumZoom = 12;
    const QString &currentLink() const { return m_link; }

    /// The article's code blocks (each <pre>), which scroll sideways on their own.
    CodeBlocks *codeBlocks() const { return m_code; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void fetchImage(const QUrl &url);
    /// Puts a picture saying what went wrong where the image at url would be.
    void showImageProblem(const QUrl &url, const QString &message);
    /// The widest a picture is shown: the text's column.
    int imageWidth() const;
    /// How wide the text runs at most: about 70 characters of the view's font.
    int measureWidth() const;
    /// The room left and right of the text's column.
    int sideMargin() const;
    /// Centres the text in a column of measureWidth(); called whenever the view or its
    /// content changes.
    void applyMeasure();
    /// Room between the lines of text (not of pictures).
    void spaceTheLines();

    QNetworkAccessManager *m_network = nullptr;
    QSet<QUrl> m_pending;
    bool m_loadImages = false;
    QString m_link;
    std::optional<Item> m_shown;
    int m_shownImageWidth = 0;
    int m_zoom = 0;
    QFont m_baseFont;
    CodeBlocks *m_code = nullptr;
    /// A drag that moves a code block: the block, where it began, and the block's offset then.
    struct CodeDrag
    {
        QTextBlock block;
        QPoint from;
        QPoint last;
        int offset = 0;
    };
    std::optional<CodeDrag> m_codeDrag;
};

} // namespace freshet
