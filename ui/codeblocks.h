// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QTextBlock>
#include <QTextObjectInterface>

class QTextBrowser;
class QTextCursor;

namespace freshet {

/// Code (<pre>) in an article as blocks that scroll sideways on their own. QTextBrowser lays a
/// <pre> out as wide as its longest line, so one long line would widen the whole article and
/// take every other line's end off screen; wrapping it instead breaks the code's shape. So each
/// run of code lines becomes one object as wide as the text's column, which draws the lines at
/// its own offset and is moved by the view (wheel, drag, Left/Right keys).
class CodeBlocks final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(CodeBlocks)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    /// Registers itself with the view's document; the view owns it.
    explicit CodeBlocks(QTextBrowser *view);

    /// Turns the document's <pre> lines into code blocks: call it after each setHtml.
    void collect();
    /// The code block at a point of the view's viewport, or an invalid block.
    QTextBlock blockAt(QPoint viewportPos) const;
    /// The code blocks at least partly on screen whose lines do not all show whole, top first.
    QList<QTextBlock> overflowingOnScreen() const;
    /// How far the block is scrolled, in pixels from its start.
    int offset(const QTextBlock &block) const;
    /// How far it can scroll: the widest line less what the block shows; 0 when all shows.
    int overflow(const QTextBlock &block) const;
    /// Scrolls to offset (clamped); true when it moved.
    bool scrollTo(const QTextBlock &block, int offset);
    /// The selected text with each code block's code in place of its object character.
    QString selectedText(const QTextCursor &selection) const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format) override;

private:
    struct Geometry
    {
        qreal width = 0;        ///< the object's, the column's
        qreal contentWidth = 0; ///< the widest line's
        qreal padding = 0;
    };
    Geometry geometry(QTextDocument *document, int position, const QTextFormat &format) const;
    QFont codeFont() const;

    QTextBrowser *m_view;
    QHash<int, int> m_offsets; ///< by the block's code id
    struct ContentWidth
    {
        qreal pointSize = -1; ///< the code font's size it was measured at
        qreal width = 0;
    };
    mutable QHash<int, ContentWidth> m_contentWidths; ///< the widest line's, by code id
    int m_nextId = 0;
};

} // namespace freshet
