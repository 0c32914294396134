// SPDX-License-Identifier: MIT
#include "htmlsanitizer.h"

#include "markupbounds.h"
#include "sanitizerpolicy.h"

#include <QUrl>

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

using namespace sanitizerpolicy;

/// Deeper than this, elements are written as their content only: QTextDocument lays out
/// nested blocks and tables recursively, and no article needs more.
constexpr int maxOutputDepth = 100;
/// Tables inside tables past this are written as their content: QTextDocument's layout time
/// grows about 1.7 times with each level (12 levels took 70 ms here, 25 more than two minutes).
constexpr int maxTableDepth = 6;

bool isTablePart(GumboTag tag)
{
    return tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD
           || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION;
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using ParsedHtml = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

ParsedHtml parseFragment(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are not needed; a broken article would otherwise collect one per tag.
    options.max_errors = 0;
    // An article is the content of an element, not a document: <title> or <meta> stay where
    // they are written instead of moving to a <head>.
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    return ParsedHtml(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

/// Text as QTextDocument must read it: every '<', '>' and '&' escaped, so none starts a tag
/// or a reference it would parse again.
void appendText(QByteArray &out, const char *text)
{
    for (const char *c = text; *c; ++c) {
        switch (*c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        default: out += *c;
        }
    }
}

void appendMarkup(QByteArray &out, const QString &markup)
{
    out += markup.toUtf8();
}

const char *attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? found->value : nullptr;
}

bool startsWithNewline(const GumboElement &element)
{
    if (element.children.length == 0)
        return false;
    const auto *first = static_cast<const GumboNode *>(element.children.data[0]);
    return (first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE) && first->v.text.text[0] == '\n';
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

class Writer
{
public:
    explicit Writer(const SanitizeOptions &options) : m_options(options)
    {
        const QUrl base(options.baseUrl);
        if (base.scheme() == u"http"_s || base.scheme() == u"https"_s)
            m_base = options.baseUrl;
    }

    /// Writes what `root` holds, depth first with a stack of its own, so the depth the parser
    /// was allowed (markupbounds.h) never meets the thread's stack.
    QByteArray write(const GumboNode *root)
    {
        struct Open
        {
            const GumboVector *children;
            unsigned next;
            const char *endTag; // the element's name when its tags are written
            bool table;         // a table: m_tables has its entry
        };
        std::vector<Open> open{{&childrenOf(root), 0, nullptr, false}};
        while (!open.empty()) {
            Open &top = open.back();
            if (top.next == top.children->length) {
                if (top.endTag) {
                    m_out += "</";
                    m_out += top.endTag;
                    m_out += '>';
                    --m_depth;
                }
                if (top.table)
                    m_tables.pop_back();
                open.pop_back();
                continue;
            }
            const auto *node = static_cast<const GumboNode *>(top.children->data[top.next++]);
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: appendText(m_out, node->v.text.text); break;
            case GUMBO_NODE_ELEMENT: {
                const Step step = startElement(node->v.element);
                const bool table = step.descend && node->v.element.tag == GUMBO_TAG_TABLE;
                if (table)
                    m_tables.push_back(step.endTag != nullptr);
                if (step.descend)
                    open.push_back({&node->v.element.children, 0, step.endTag, table});
                break;
            }
            default: break; // comments, doctypes, template contents
            }
        }
        return std::move(m_out);
    }

private:
    struct Step
    {
        bool descend = false;         // its children are written (or at least their text)
        const char *endTag = nullptr; // the element's name, when its tags are written
    };

    /// Writes what stands for the element where it starts.
    Step startElement(const GumboElement &element)
    {
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
            return {}; // SVG and MathML, with all they hold
        switch (elementKind(element.tag)) {
        case Element::Dropped: return {};
        case Element::Unwrapped: return {true};
        case Element::Player: appendMarkup(m_out, playerCard(element)); return {};
        case Element::Kept: break;
        }
        if (element.tag == GUMBO_TAG_IMG) {
            image(element);
            return {};
        }
        // Flattened: the content still follows.
        if (m_depth >= maxOutputDepth)
            return {true};
        if (element.tag == GUMBO_TAG_TABLE && std::ranges::count(m_tables, true) >= maxTableDepth)
            return {true};
        if (isTablePart(element.tag) && (m_tables.empty() || !m_tables.back()))
            return {true};
        const char *name = gumbo_normalized_tagname(element.tag);
        m_out += '<';
        m_out += name;
        if (element.tag == GUMBO_TAG_A) {
            const char *href = attribute(element, "href");
            const QString address = href ? linkAddress(href, m_base) : QString();
            if (!address.isEmpty())
                appendMarkup(m_out, u" href=\"%1\""_s.arg(address.toHtmlEscaped()));
        }
        m_out += '>';
        if (element.tag == GUMBO_TAG_PRE && startsWithNewline(element))
            m_out += '\n'; // read past, by QTextDocument as by HTML: the code's own stays
        if (element.tag == GUMBO_TAG_BR || element.tag == GUMBO_TAG_HR)
            return {};
        ++m_depth;
        return {true, name};
    }

    void image(const GumboElement &element)
    {
        const char *src = attribute(element, "src");
        const QString address = src ? imageAddress(src, m_base) : QString();
        const QString alt = QString::fromUtf8(attribute(element, "alt")).toHtmlEscaped();
        if (!address.isEmpty() && m_options.allowRemoteImages) {
            appendMarkup(m_out, u"<img src=\"%1\" alt=\"%2\"%3>"_s.arg(address.toHtmlEscaped(), alt,
                                                                       imageSize(attribute(element, "width"), attribute(element, "height"),
                                                                                 m_options.maxImageWidth)));
        } else if (!alt.isEmpty()) {
            appendMarkup(m_out, u"[%1]"_s.arg(alt));
        }
    }

    /// The player's card for its own src, else for the first <source> inside it that has one.
    QString playerCard(const GumboElement &player)
    {
        if (const char *src = attribute(player, "src")) {
            const QString card = embedCard(player.tag, imageAddress(src, m_base));
            if (!card.isEmpty())
                return card;
        }
        std::vector<const GumboVector *> pending{&player.children};
        while (!pending.empty()) {
            const GumboVector *children = pending.back();
            pending.pop_back();
            for (unsigned i = 0; i < children->length; ++i) {
                const auto *node = static_cast<const GumboNode *>(children->data[i]);
                if (node->type != GUMBO_NODE_ELEMENT)
                    continue;
                const GumboElement &element = node->v.element;
                const char *src = element.tag == GUMBO_TAG_SOURCE ? attribute(element, "src") : nullptr;
                if (src) {
                    const QString card = embedCard(player.tag, imageAddress(src, m_base));
                    if (!card.isEmpty())
                        return card;
                }
                pending.push_back(&element.children);
            }
        }
        return {};
    }

    const SanitizeOptions &m_options;
    QString m_base;
    QByteArray m_out;
    int m_depth = 0;            // elements whose tags are written and still open
    std::vector<bool> m_tables; // the open tables, innermost last: whether each is written
};

} // namespace

QString sanitizeHtml(const QString &html, const SanitizeOptions &options)
{
    const ParsedHtml parsed = parseFragment(boundedMarkup(html.toUtf8()));
    return QString::fromUtf8(Writer(options).write(parsed->root));
}

} // namespace freshet
