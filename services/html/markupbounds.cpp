// SPDX-License-Identifier: MIT
#include "markupbounds.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace freshet {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool oneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [name](const char *n) { return sameName(name, n); });
}

/// Elements that never hold others (void), or that the parser closes when the next of their
/// kind opens (p, li, td...): neither builds depth, so neither counts.
bool buildsDepth(QByteArrayView name)
{
    return !oneOf(name, {"area",  "base",     "basefont", "bgsound", "br",       "col",   "embed",  "frame", "hr",    "image",
                         "img",   "input",    "keygen",   "link",    "meta",     "param", "source", "track", "wbr",   "p",
                         "li",    "dt",       "dd",       "option",  "optgroup", "tr",    "td",     "th",    "thead", "tbody",
                         "tfoot", "colgroup", "caption",  "rb",      "rt",       "rtc",   "rp",     "html",  "head",  "body"});
}

/// Elements whose content the tokenizer reads as text up to their end tag (in HTML, not SVG
/// or MathML). gumbo parses with scripting off, so noscript is not one of them.
bool readsRawText(QByteArrayView name)
{
    return oneOf(name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"});
}

class Scanner
{
public:
    Scanner(QByteArrayView html, const MarkupBounds &bounds) : m_in(html), m_bounds(bounds) { m_out.reserve(html.size()); }

    QByteArray run()
    {
        while (m_at < m_in.size()) {
            const qsizetype lt = find('<', m_at);
            copyTo(lt);
            if (lt >= m_in.size())
                break;
            markup();
        }
        return std::move(m_out);
    }

private:
    qsizetype find(char c, qsizetype from) const
    {
        if (from >= m_in.size())
            return m_in.size();
        const void *hit = std::memchr(m_in.data() + from, c, size_t(m_in.size() - from));
        return hit ? static_cast<const char *>(hit) - m_in.data() : m_in.size();
    }
    qsizetype findText(QByteArrayView text, qsizetype from) const
    {
        const qsizetype hit = m_in.indexOf(text, std::min(from, m_in.size()));
        return hit < 0 ? m_in.size() : hit;
    }
    char at(qsizetype i) const { return i < m_in.size() ? m_in[i] : '\0'; }
    bool startsWithAt(qsizetype i, QByteArrayView text, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return i + text.size() <= m_in.size() && QByteArrayView(m_in.data() + i, text.size()).compare(text, cs) == 0;
    }
    void copyTo(qsizetype end)
    {
        end = std::min(end, m_in.size());
        m_out.append(m_in.data() + m_at, end - m_at);
        m_at = end;
    }
    bool inForeignContent() const { return m_foreign > 0; }
    static bool startsForeignContent(QByteArrayView name) { return sameName(name, "svg") || sameName(name, "math"); }

    /// At a '<'.
    void markup()
    {
        const qsizetype start = m_at;
        const char next = at(start + 1);
        if (next == '!') {
            if (startsWithAt(start, "<!--"))
                copyTo(commentEnd(start + 4));
            else if (inForeignContent() && startsWithAt(start, "<![CDATA["))
                copyTo(findText("]]>", start + 9) + 3);
            else
                copyTo(find('>', start) + 1);
        } else if (next == '?') {
            copyTo(find('>', start) + 1);
        } else if (next == '/' && isLetter(at(start + 2))) {
            const Tag tag = readTag(start + 2);
            copyTo(tag.end);
            close(tag.name);
        } else if (next == '/') {
            copyTo(find('>', start) + 1);
        } else if (isLetter(next)) {
            startTag(start);
        } else {
            copyTo(start + 1);
        }
    }

    qsizetype commentEnd(qsizetype from) const
    {
        if (at(from) == '>')
            return from + 1;
        if (at(from) == '-' && at(from + 1) == '>')
            return from + 2;
        for (qsizetype dash = findText("--", from); dash < m_in.size(); dash = findText("--", dash + 1)) {
            if (at(dash + 2) == '>')
                return dash + 3;
            if (at(dash + 2) == '!' && at(dash + 3) == '>')
                return dash + 4;
        }
        return m_in.size();
    }

    struct Tag
    {
        QByteArrayView name; // as written
        qsizetype end = 0;   // just past its '>', or the end of the input
        qsizetype cut = -1;  // where the first attribute past the limit starts, if any
        bool selfClosing = false;
    };

    /// The tag whose name starts at `from`, read as the tokenizer reads it.
    Tag readTag(qsizetype from) const
    {
        Tag tag;
        qsizetype i = from;
        while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '/' && m_in[i] != '>')
            ++i;
        tag.name = QByteArrayView(m_in.data() + from, i - from);
        int attributes = 0;
        const auto attributeStarts = [&] {
            if (++attributes == m_bounds.maxAttributes + 1)
                tag.cut = i;
        };
        while (i < m_in.size()) {
            const char c = m_in[i];
            if (isSpace(c)) {
                ++i;
            } else if (c == '>') {
                tag.end = i + 1;
                return tag;
            } else if (c == '/') {
                tag.selfClosing = at(i + 1) == '>';
                ++i;
            } else {
                // An attribute: its name (a leading '=' belongs to it), then maybe a value.
                attributeStarts();
                ++i;
                while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '/' && m_in[i] != '>' && m_in[i] != '=')
                    ++i;
                while (i < m_in.size() && isSpace(m_in[i]))
                    ++i;
                if (at(i) != '=')
                    continue;
                ++i;
                while (i < m_in.size() && isSpace(m_in[i]))
                    ++i;
                if (at(i) == '"' || at(i) == '\'') {
                    i = find(m_in[i], i + 1) + 1;
                } else {
                    while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '>')
                        ++i;
                }
            }
        }
        tag.end = m_in.size();
        return tag;
    }

    void startTag(qsizetype start)
    {
        const Tag tag = readTag(start + 1);
        const bool foreign = inForeignContent();
        const bool deepens = buildsDepth(tag.name) && !(foreign && tag.selfClosing);
        if (deepens && int(m_stack.size()) >= m_bounds.maxDepth) {
            m_at = tag.end; // left out: what it holds joins its parent
            return;
        }
        if (tag.cut >= 0) {
            copyTo(tag.cut);
            m_out.append('>');
            m_at = tag.end;
        } else {
            copyTo(tag.end);
        }
        if (deepens) {
            m_stack.push_back(tag.name);
            m_foreign += startsForeignContent(tag.name) ? 1 : 0;
        }
        if (foreign || tag.end >= m_in.size())
            return;
        if (sameName(tag.name, "plaintext")) {
            copyTo(m_in.size());
        } else if (readsRawText(tag.name)) {
            copyTo(rawTextEnd(tag.name, m_at));
        }
    }

    /// Where the end tag of raw-text element `name` starts, from `from` on.
    qsizetype rawTextEnd(QByteArrayView name, qsizetype from) const
    {
        for (qsizetype lt = find('<', from); lt < m_in.size(); lt = find('<', lt + 1)) {
            if (at(lt + 1) != '/' || !startsWithAt(lt + 2, name, Qt::CaseInsensitive))
                continue;
            const char after = at(lt + 2 + name.size());
            if (isSpace(after) || after == '/' || after == '>')
                return lt;
        }
        return m_in.size();
    }

    /// An end tag closes the innermost open element of its name, and those inside it; one
    /// without an open element of its name closes nothing.
    void close(QByteArrayView name)
    {
        const auto open = std::find_if(m_stack.rbegin(), m_stack.rend(), [name](QByteArrayView o) { return sameName(o, name); });
        if (open == m_stack.rend())
            return;
        const auto keep = m_stack.rend() - open - 1;
        for (auto it = m_stack.begin() + keep; it != m_stack.end(); ++it)
            m_foreign -= startsForeignContent(*it) ? 1 : 0;
        m_stack.resize(size_t(keep));
    }

    QByteArrayView m_in;
    const MarkupBounds &m_bounds;
    QByteArray m_out;
    qsizetype m_at = 0;
    std::vector<QByteArrayView> m_stack; // names of the open elements, at most maxDepth
    int m_foreign = 0;                   // how many of them are svg or math
};

} // namespace

QByteArray boundedMarkup(QByteArrayView html, const MarkupBounds &bounds)
{
    return Scanner(html, bounds).run();
}

} // namespace freshet
