// SPDX-License-Identifier: MIT
#include "codeblocks.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

enum CodeProperty {
    CodeText = QTextFormat::UserProperty + 1, ///< the lines, joined by '\n'
    CodeId,                                   ///< the key of the block's scroll offset
};

/// What Qt's HTML import makes of <pre>: blocks whose lines must not break.
bool isPreformatted(const QTextBlock &block)
{
    return block.blockFormat().nonBreakableLines();
}

/// The block's code object's format, or none for any other block.
std::optional<QTextCharFormat> codeFormat(const QTextBlock &block)
{
    if (!block.isValid() || block.begin().atEnd())
        return std::nullopt;
    const QTextCharFormat format = block.begin().fragment().charFormat();
    if (format.objectType() != CodeBlocks::objectType)
        return std::nullopt;
    return format;
}

/// Tabs to the next multiple of eight columns, as a terminal and a <pre> show them.
QString expandTabs(const QString &line)
{
    if (!line.contains(u'\t'))
        return line;
    QString expanded;
    for (const QChar c : line) {
        if (c == u'\t')
            expanded += QString(8 - expanded.size() % 8, u' ');
        else
            expanded += c;
    }
    return expanded;
}

/// The lines as drawn and measured.
QStringList linesOf(const QTextFormat &format)
{
    QStringList lines = format.property(CodeText).toString().split(u'\n');
    for (QString &line : lines)
        line = expandTabs(line);
    return lines;
}

} // namespace

CodeBlocks::CodeBlocks(QTextBrowser *view) : QObject(view), m_view(view)
{
    view->document()->documentLayout()->registerHandler(objectType, this);
}

QFont CodeBlocks::codeFont() const
{
    // The system's fixed font at the article's size, so that zoom and text size apply to code too.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(m_view->document()->defaultFont().pointSizeF());
    return font;
}

void CodeBlocks::collect()
{
    QTextDocument *document = m_view->document();
    m_offsets.clear();
    m_contentWidths.clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isPreformatted(block))
            continue;
        if (QTextCursor(block).currentTable()) {
            // A cell's width is the table's to decide, not the column's: code there wraps.
            QTextBlockFormat wrapping = block.blockFormat();
            wrapping.setNonBreakableLines(false);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(wrapping);
            continue;
        }
        QTextBlock last = block;
        QStringList lines;
        for (QTextBlock line = block; line.isValid() && isPreformatted(line); line = line.next()) {
            last = line;
            // A <br> in code is a line break of its own (U+2028) inside the block.
            const QStringList parts = line.text().replace(QChar::Nbsp, u' ').split(QChar::LineSeparator);
            lines << parts; // tabs stay tabs for a copy; they are expanded where drawn
        }
        while (lines.size() > 1 && lines.constLast().trimmed().isEmpty())
            lines.removeLast(); // the newline before </pre>
        cursor.setPosition(block.position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setNonBreakableLines(false);
        blockFormat.setTopMargin(std::max<qreal>(blockFormat.topMargin(), 6));
        blockFormat.setBottomMargin(std::max<qreal>(blockFormat.bottomMargin(), 6));
        cursor.setBlockFormat(blockFormat);
        QTextCharFormat object;
        object.setObjectType(objectType);
        object.setProperty(CodeText, lines.join(u'\n'));
        object.setProperty(CodeId, m_nextId++);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        block = cursor.block();
    }
    cursor.endEditBlock();
}

CodeBlocks::Geometry CodeBlocks::geometry(QTextDocument *document, int position, const QTextFormat &format) const
{
    Geometry geometry;
    const QFont font = codeFont();
    const QFontMetricsF metrics(font);
    geometry.padding = std::round(metrics.height() / 2);
    // Every paint and every scroll step asks: the widest line is measured once a font size,
    // not once a paint (a long listing has thousands of lines).
    ContentWidth &measured = m_contentWidths[format.property(CodeId).toInt()];
    if (measured.pointSize != font.pointSizeF()) {
        measured = {font.pointSizeF(), 0};
        const QStringList lines = linesOf(format);
        for (const QString &line : lines)
            measured.width = std::max(measured.width, metrics.horizontalAdvance(line));
    }
    geometry.contentWidth = measured.width;
    // The column the block sits in: the page less the root frame's margins (the centring's, or
    // the document margin where none is set) and the block's own indent (a blockquote's, a list's).
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    qreal width = document->textWidth() - root.leftMargin() - root.rightMargin();
    const QTextBlock block = document->findBlock(position);
    const QTextBlockFormat blockFormat = block.blockFormat();
    width -= blockFormat.leftMargin() + blockFormat.rightMargin() + blockFormat.indent() * document->indentWidth();
    if (const QTextList *list = block.textList())
        width -= list->format().indent() * document->indentWidth();
    geometry.width = std::max<qreal>(width - 1, 4 * geometry.padding);
    return geometry;
}

QSizeF CodeBlocks::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    const Geometry shape = geometry(document, position, format);
    const QFontMetricsF metrics(codeFont());
    qreal height = linesOf(format).size() * metrics.lineSpacing() + 2 * shape.padding;
    if (shape.contentWidth > shape.width - 2 * shape.padding)
        height += shape.padding; // room for the bar that shows where the code is scrolled
    return {shape.width, height};
}

void CodeBlocks::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format)
{
    const Geometry shape = geometry(document, position, format);
    const QFont font = codeFont();
    const QFontMetricsF metrics(font);
    const int scrolled = m_offsets.value(format.property(CodeId).toInt());
    painter->save();
    painter->fillRect(rect, QColor(127, 127, 127, 30)); // a shade that reads on light and dark
    const QRectF inner = rect.adjusted(shape.padding, 0, -shape.padding, 0);
    painter->setClipRect(inner);
    painter->setFont(font);
    painter->setPen(m_view->palette().color(QPalette::Text));
    qreal baseline = rect.top() + shape.padding + metrics.ascent();
    const QStringList lines = linesOf(format);
    for (const QString &line : lines) {
        painter->drawText(QPointF(inner.left() - scrolled, baseline), line);
        baseline += metrics.lineSpacing();
    }
    const qreal shown = inner.width();
    if (shape.contentWidth > shown) {
        painter->setClipping(false);
        const qreal thickness = std::max<qreal>(3, shape.padding / 3);
        const qreal thumb = std::max(shown * shown / shape.contentWidth, 2 * thickness);
        const qreal at = inner.left() + (shown - thumb) * scrolled / (shape.contentWidth - shown);
        QColor bar = m_view->palette().color(QPalette::Text);
        bar.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bar);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(at, rect.bottom() - shape.padding - thickness / 2, thumb, thickness), thickness / 2, thickness / 2);
    }
    painter->restore();
}

QTextBlock CodeBlocks::blockAt(QPoint viewportPos) const
{
    const QPointF documentPos = viewportPos + QPointF(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = m_view->document()->documentLayout();
    const int position = layout->hitTest(documentPos, Qt::FuzzyHit);
    if (position < 0)
        return {};
    const QTextBlock block = m_view->document()->findBlock(position);
    if (!codeFormat(block) || !layout->blockBoundingRect(block).contains(documentPos))
        return {};
    return block;
}

QList<QTextBlock> CodeBlocks::overflowingOnScreen() const
{
    QList<QTextBlock> found;
    const QRectF screen(QPointF(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value()), m_view->viewport()->size());
    QAbstractTextDocumentLayout *layout = m_view->document()->documentLayout();
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        if (codeFormat(block) && overflow(block) > 0 && layout->blockBoundingRect(block).intersects(screen))
            found << block;
    }
    return found;
}

int CodeBlocks::offset(const QTextBlock &block) const
{
    const std::optional<QTextCharFormat> format = codeFormat(block);
    return format ? m_offsets.value(format->property(CodeId).toInt()) : 0;
}

int CodeBlocks::overflow(const QTextBlock &block) const
{
    const std::optional<QTextCharFormat> format = codeFormat(block);
    if (!format)
        return 0;
    const Geometry shape = geometry(m_view->document(), block.position(), *format);
    return std::max(0, int(std::ceil(shape.contentWidth - (shape.width - 2 * shape.padding))));
}

bool CodeBlocks::scrollTo(const QTextBlock &block, int offset)
{
    const std::optional<QTextCharFormat> format = codeFormat(block);
    if (!format)
        return false;
    const int clamped = std::clamp(offset, 0, overflow(block));
    int &stored = m_offsets[format->property(CodeId).toInt()];
    if (stored == clamped)
        return false;
    stored = clamped;
    m_view->viewport()->update();
    return true;
}

QString CodeBlocks::selectedText(const QTextCursor &selection) const
{
    QString text;
    const int from = selection.selectionStart();
    const int to = selection.selectionEnd();
    for (QTextBlock block = m_view->document()->findBlock(from); block.isValid() && block.position() <= to; block = block.next()) {
        if (!text.isEmpty())
            text += u'\n';
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            if (start >= end)
                continue;
            if (fragment.charFormat().objectType() == objectType)
                text += fragment.charFormat().property(CodeText).toString();
            else // a picture is its object character too: nothing a text reader shows
                text += fragment.text().mid(start - fragment.position(), end - start).remove(QChar::ObjectReplacementCharacter);
        }
    }
    // As QTextCursor::selectedText() gives it but for plain-text readers: real line breaks.
    text.replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
    return text;
}

} // namespace freshet
