// SPDX-License-Identifier: MIT
#include "itemview.h"

#include "codeblocks.h"
#include "html/htmlsanitizer.h"
#include "network/boundedbody.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QScrollBar>
#include <QScrollPrepareEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

constexpr qint64 maximumImageBytes = 10 * 1024 * 1024;
/// The longest line, in average characters: about what a book page holds, and what reading
/// apps settle on. Wider lines make the eye lose its place going back to the next one.
constexpr int measureCharacters = 70;

QString body(const Item &item)
{
    return item.content.isEmpty() ? item.summary : item.content;
}

} // namespace

ItemView::ItemView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"itemView"_s);
    setAccessibleName(tr("Article"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Tables that show their cells (room between the lines: spaceTheLines(); code: CodeBlocks).
    document()->setDefaultStyleSheet(u"table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }"
                                     "td, th { border: 1px solid #8c8c8c; padding: 4px; }"_s);
    m_code = new CodeBlocks(this);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
    m_baseFont = font();
    showNothing();
}

void ItemView::setZoom(int steps)
{
    m_zoom = std::clamp(steps, minimumZoom, maximumZoom);
    QFont zoomed = m_baseFont;
    // A tenth of the system's size a step: small enough to find one's size, large enough to see.
    zoomed.setPointSizeF(m_baseFont.pointSizeF() * (1.0 + 0.1 * m_zoom));
    setFont(zoomed);
    document()->setDefaultFont(zoomed);
    if (m_shown)
        showItem(*m_shown);
    else
        applyMeasure();
}

void ItemView::showNothing()
{
    m_link.clear();
    m_shown.reset();
    setHtml(u"<p style=\"color:gray\">%1</p>"_s.arg(tr("Select an item to read it.").toHtmlEscaped()));
    applyMeasure();
}

void ItemView::showWelcome()
{
    m_link.clear();
    m_shown.reset();
    setHtml(u"<h2>%1</h2><p>%2</p><ul><li>%3</li><li>%4</li></ul><p>%5</p>"_s.arg(
        tr("Welcome to Freshet").toHtmlEscaped(),
        tr("You have no feeds yet. Freshet keeps them fresh in the background, so the latest items are "
           "already here when you open it.")
            .toHtmlEscaped(),
        tr("File > Add Feed (Ctrl+N): the address of a feed, or of a web page that has one.").toHtmlEscaped(),
        tr("File > Import OPML (Ctrl+I): the subscriptions exported by another feed reader.").toHtmlEscaped(),
        tr("Help > Keyboard Shortcuts (F1) lists every command.").toHtmlEscaped()));
    applyMeasure();
}

void ItemView::showItem(const Item &item)
{
    m_link = item.link;
    m_shown = item;
    m_shownImageWidth = imageWidth();
    const QString title = item.title.isEmpty() ? tr("(no title)") : item.title;
    QString header = item.link.isEmpty() ? u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped())
                                         : u"<h2><a href=\"%1\">%2</a></h2>"_s.arg(item.link.toHtmlEscaped(), title.toHtmlEscaped());
    QStringList meta{item.feedTitle.toHtmlEscaped(), QLocale().toString(item.sortAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()};
    if (!item.author.isEmpty())
        meta << item.author.toHtmlEscaped();
    header += u"<p style=\"color:gray\">%1</p>"_s.arg(meta.join(u" \u00B7 "_s));
    // A photo item (the original demo's format) has its picture as its content.
    if (!item.image.isEmpty() && m_loadImages && body(item).indexOf(item.image) < 0)
        header += u"<p><img src=\"%1\" width=\"%2\"></p>"_s.arg(item.image.toHtmlEscaped(), QString::number(m_shownImageWidth));

    QString enclosures;
    for (const Enclosure &enclosure : item.enclosures)
        enclosures += u"<li><a href=\"%1\">%2</a> %3</li>"_s.arg(enclosure.url.toHtmlEscaped(),
                                                                 enclosure.url.section(u'/', -1).toHtmlEscaped(),
                                                                 enclosure.type.toHtmlEscaped());
    if (!enclosures.isEmpty())
        enclosures = u"<h4>%1</h4><ul>%2</ul>"_s.arg(tr("Attachments"), enclosures);
    setHtml(header + sanitizeHtml(body(item), {m_loadImages, m_shownImageWidth, item.link}) + enclosures);
    m_codeDrag.reset();
    m_code->collect();
    spaceTheLines();
    applyMeasure();
}

void ItemView::spaceTheLines()
{
    // Not through the style sheet: a proportional line height applies to a line holding a
    // picture too, and would leave half the picture's height empty below it.
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        bool picture = false; // or code, which keeps its own lines
        for (auto fragment = block.begin(); !fragment.atEnd() && !picture; ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            picture = format.isImageFormat() || format.objectType() == CodeBlocks::objectType;
        }
        if (picture || block.text().isEmpty())
            continue;
        QTextBlockFormat format;
        format.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
}

int ItemView::measureWidth() const
{
    return fontMetrics().averageCharWidth() * measureCharacters;
}

int ItemView::sideMargin() const
{
    // The text keeps to the measure, centred; a narrow view (a phone) uses all its width but a
    // little air, so that letters do not touch the screen's edge.
    const int spare = viewport()->width() - 2 * int(document()->documentMargin()) - measureWidth();
    return std::max(fontMetrics().height() / 2, spare / 2);
}

void ItemView::applyMeasure()
{
    const int side = sideMargin();
    QTextFrameFormat root = document()->rootFrame()->frameFormat();
    if (int(root.leftMargin()) == side && int(root.rightMargin()) == side)
        return;
    root.setLeftMargin(side);
    root.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(root);
}

QVariant ItemView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && (name.scheme() == u"http"_s || name.scheme() == u"https"_s)) {
        // Asynchronous: the image appears when it arrives; the GUI never waits for it.
        if (m_loadImages)
            fetchImage(name);
        return {};
    }
    // QTextBrowser would read local files for relative or file: URLs; an article may not.
    if (type == QTextDocument::ImageResource && name.scheme() != u"qrc"_s)
        return {};
    return QTextBrowser::loadResource(type, name);
}

int ItemView::imageWidth() const
{
    // The text's column: a picture as wide as the lines around it, never wider.
    const int fit = viewport()->width() - 2 * int(document()->documentMargin()) - 2 * sideMargin() - 2;
    return fit > 0 ? fit : 480;
}

void ItemView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyMeasure();
    // The picture's width is in the HTML: a view that became narrower (or wider, up to the
    // measure) lays the item out again. Hidden pages of the phone layout get their size late.
    if (m_shown && imageWidth() != m_shownImageWidth)
        showItem(*m_shown);
}

void ItemView::fetchImage(const QUrl &url)
{
    if (m_pending.contains(url))
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_pending.insert(url);
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    BoundedBody *body = BoundedBody::read(reply, maximumImageBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, url] {
        reply->deleteLater();
        if (body->tooLarge()) {
            // Not an empty box: the reader would take it for a broken article.
            showImageProblem(url, tr("This image is larger than %1 MB, so it was not loaded; open the article in "
                                     "the browser to see it.")
                                      .arg(maximumImageBytes / (1024 * 1024)));
            return;
        }
        QImage image;
        if (reply->error() == QNetworkReply::NoError)
            image.loadFromData(body->body());
        if (image.isNull())
            return; // a broken image stays an empty box, as in a browser
        // Pictures in the text have no width of their own: scaled here, they fit the view.
        if (image.width() > imageWidth())
            image = image.scaledToWidth(imageWidth(), Qt::SmoothTransformation);
        document()->addResource(QTextDocument::ImageResource, url, image);
        // Re-layout so the image takes its place.
        document()->markContentsDirty(0, document()->characterCount());
    });
}

void ItemView::showImageProblem(const QUrl &url, const QString &message)
{
    // Drawn in the image's place, in the view's own font and colours; the text is also kept
    // as the picture's description for whoever cannot see it.
    const int width = std::min(imageWidth(), 480);
    const int margin = fontMetrics().height() / 2;
    const QRect textArea(margin, margin, width - 2 * margin, 10 * fontMetrics().height());
    const QRect needed = fontMetrics().boundingRect(textArea, Qt::TextWordWrap, message);
    QImage placeholder(width, needed.height() + 2 * margin, QImage::Format_ARGB32_Premultiplied);
    placeholder.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&placeholder);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(font());
    painter.drawText(textArea, Qt::TextWordWrap, message);
    painter.end();
    placeholder.setText(u"Description"_s, message);
    document()->addResource(QTextDocument::ImageResource, url, placeholder);
    document()->markContentsDirty(0, document()->characterCount());
}

bool ItemView::event(QEvent *event)
{
    // A finger that lands on code that does not show whole moves the code (mouseMoveEvent), not
    // the kinetic scroller, which knows only the article's own scrolling.
    if (event->type() == QEvent::ScrollPrepare) {
        const QTextBlock block = m_code->blockAt(static_cast<QScrollPrepareEvent *>(event)->startPos().toPoint());
        if (block.isValid() && m_code->overflow(block) > 0) {
            event->ignore();
            return true;
        }
    }
    return QTextBrowser::event(event);
}

void ItemView::wheelEvent(QWheelEvent *event)
{
    // Sideways (a touchpad, a tilting wheel, or Shift with a plain wheel) over code moves the
    // code; anything else scrolls the article.
    const QTextBlock block = m_code->blockAt(event->position().toPoint());
    if (block.isValid() && m_code->overflow(block) > 0) {
        int sideways = event->pixelDelta().x() ? -event->pixelDelta().x()
                                               : -event->angleDelta().x() * fontMetrics().averageCharWidth() * 3 / 40;
        if (!sideways && (event->modifiers() & Qt::ShiftModifier))
            sideways = -event->angleDelta().y() * fontMetrics().averageCharWidth() * 3 / 40;
        if (sideways) {
            m_code->scrollTo(block, m_code->offset(block) + sideways);
            event->accept();
            return;
        }
    }
    QTextBrowser::wheelEvent(event);
}

void ItemView::mousePressEvent(QMouseEvent *event)
{
    const QTextBlock block = m_code->blockAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && block.isValid() && m_code->overflow(block) > 0) {
        m_codeDrag = CodeDrag{block, event->position().toPoint(), event->position().toPoint(), m_code->offset(block)};
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void ItemView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_codeDrag) {
        // Sideways moves the code; up and down still move the article, as a finger expects.
        m_code->scrollTo(m_codeDrag->block, m_codeDrag->offset + m_codeDrag->from.x() - at.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + m_codeDrag->last.y() - at.y());
        m_codeDrag->last = at;
        event->accept();
        return;
    }
    QTextBrowser::mouseMoveEvent(event);
    const QTextBlock block = m_code->blockAt(at);
    if (block.isValid() && m_code->overflow(block) > 0)
        viewport()->setCursor(Qt::OpenHandCursor);
}

void ItemView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_codeDrag && event->button() == Qt::LeftButton) {
        m_codeDrag.reset();
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QTextBrowser::mouseReleaseEvent(event);
}

void ItemView::keyPressEvent(QKeyEvent *event)
{
    // Left and Right move the first code on screen that does not show whole: the keyboard's
    // way to read a long line (the article itself never scrolls sideways).
    const bool left = event->key() == Qt::Key_Left;
    if ((left || event->key() == Qt::Key_Right) && !(event->modifiers() & ~Qt::KeypadModifier)) {
        const QList<QTextBlock> onScreen = m_code->overflowingOnScreen();
        if (!onScreen.isEmpty()) {
            const int step = fontMetrics().averageCharWidth() * 8;
            m_code->scrollTo(onScreen.first(), m_code->offset(onScreen.first()) + (left ? -step : step));
            event->accept();
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

QMimeData *ItemView::createMimeDataFromSelection() const
{
    // Copied code is its code, not the object character that stands for it on screen. Plain
    // text only: Qt's rich copy would carry that character, and it fills its formats late
    // (over any text set here).
    auto *data = new QMimeData;
    data->setText(m_code->selectedText(textCursor()));
    return data;
}

} // namespace freshet
