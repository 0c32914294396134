// SPDX-License-Identifier: MIT
#include "parsing/xmlcursor.h"

#include "parsing/encodingdetector.h"
#include "parsing/htmlentities.h"
#include "parsing/urltext.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

const QString xmlNamespace = u"http://www.w3.org/XML/1998/namespace"_s;

// Most characters one entity reference may expand to. Documents that need more are not feeds.
constexpr int entityExpansionLimit = 4096;
// Most characters all entity references of a document may expand to, together.
constexpr qint64 totalExpansionBudget = 8 * 1024 * 1024;

// windows-1252 for 0x80..0x9F: C1 controls in feed text are nearly always these characters,
// decoded by a publisher who assumed Latin-1. 0 marks the five bytes windows-1252 leaves unused.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

void repairC1Controls(QString &text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F && cp1252High[u - 0x80] != 0)
            c = QChar(cp1252High[u - 0x80]);
    }
}

bool hasC1Controls(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            return true;
    }
    return false;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += u"&amp;"; break;
        case '<': out += u"&lt;"; break;
        case '>': out += u"&gt;"; break;
        default: out += c;
        }
    }
}

void appendStartTag(QString &out, const QXmlStreamReader &reader)
{
    out += u'<';
    out += reader.qualifiedName();
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        out += u' ';
        out += attribute.qualifiedName();
        out += u"=\"";
        for (const QChar c : attribute.value()) {
            switch (c.unicode()) {
            case '&': out += u"&amp;"; break;
            case '<': out += u"&lt;"; break;
            case '"': out += u"&quot;"; break;
            default: out += c;
            }
        }
        out += u'"';
    }
    out += u'>';
}

} // namespace

QString escapeXmlText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

XmlCursor::XmlCursor(const DecodedDocument &document, const ParseOptions &options)
    : m_document(document), m_maxDepth(options.maxDepth)
{
    if (document.isUtf8)
        m_reader.addData(document.utf8);
    else
        m_reader.addData(document.text);
    m_reader.setNamespaceProcessing(true);
    m_reader.setEntityExpansionLimit(entityExpansionLimit);
    m_bases.append({0, options.documentUrl.toString(QUrl::FullyEncoded)});
}

QXmlStreamReader::TokenType XmlCursor::advance()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::StartElement:
        ++m_depth;
        if (m_depth > m_maxDepth) {
            m_limitError = QCoreApplication::translate("FeedParser", "The document nests elements more than %1 deep.").arg(m_maxDepth);
            m_reader.raiseError(m_limitError);
            return QXmlStreamReader::Invalid;
        }
        onStartElement();
        break;
    case QXmlStreamReader::EndElement:
        if (m_bases.size() > 1 && m_bases.constLast().depth == m_depth)
            m_bases.removeLast();
        --m_depth;
        break;
    case QXmlStreamReader::DTD: checkEntityDeclarations(); break;
    default: break;
    }
    return token;
}

void XmlCursor::onStartElement()
{
    m_attributes = m_reader.attributes();
    if (m_attributes.isEmpty())
        return;
    const QStringView xmlBase = m_attributes.value(xmlNamespace, u"base"_s);
    if (!xmlBase.isNull())
        m_bases.append({m_depth, urltext::resolved(base(), xmlBase)});
}

void XmlCursor::checkEntityDeclarations()
{
    const QXmlStreamEntityDeclarations declarations = m_reader.entityDeclarations();
    if (declarations.isEmpty())
        return;
    // Work out how far each internal entity expands (following nested references), then bound the
    // document's total by the number of '&' it contains: quadratic blow-ups are refused here,
    // before QXmlStreamReader builds the text, and billion-laughs chains by the same sum.
    QHash<QString, qint64> expanded;
    const std::function<qint64(const QString &, int)> length = [&](const QString &name, int guard) -> qint64 {
        if (const auto it = expanded.constFind(name); it != expanded.constEnd())
            return *it;
        if (guard > 16)
            return totalExpansionBudget + 1;
        qint64 total = 0;
        for (const QXmlStreamEntityDeclaration &declaration : declarations) {
            if (declaration.name() != name)
                continue;
            const QStringView value = declaration.value();
            qsizetype pos = 0;
            while (pos < value.size()) {
                const qsizetype amp = value.indexOf(u'&', pos);
                if (amp < 0) {
                    total += value.size() - pos;
                    break;
                }
                total += amp - pos;
                const qsizetype semi = value.indexOf(u';', amp);
                if (semi < 0) {
                    total += value.size() - amp;
                    break;
                }
                total += length(value.sliced(amp + 1, semi - amp - 1).toString(), guard + 1);
                if (total > totalExpansionBudget)
                    break;
                pos = semi + 1;
            }
            break;
        }
        total = qMax<qint64>(total, 1);
        expanded.insert(name, total);
        return total;
    };
    qint64 largest = 0;
    for (const QXmlStreamEntityDeclaration &declaration : declarations)
        largest = qMax(largest, length(declaration.name().toString(), 0));
    const qint64 references = qMax<qsizetype>(1, m_document.isUtf8 ? m_document.utf8.count('&') : m_document.text.count(u'&'));
    if (largest > entityExpansionLimit || largest * references > totalExpansionBudget) {
        m_limitError = QCoreApplication::translate("FeedParser", "The document defines entities that expand too much (an entity expansion attack?).");
        m_reader.raiseError(m_limitError);
    }
}

void XmlCursor::appendEntity(QString &out, bool escape) const
{
    // Only undeclared entities reach us (a DTD we do not load named them): HTML names are the
    // only ones feeds mean. Anything else is dropped rather than guessed.
    const char32_t c = htmlEntityCharacter(m_reader.name());
    if (c == 0)
        return;
    const QString text = QString::fromUcs4(&c, 1);
    if (escape)
        appendEscaped(out, text);
    else
        out += text;
}

bool XmlCursor::enterRoot()
{
    while (!m_reader.atEnd()) {
        if (advance() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

bool XmlCursor::nextChild()
{
    while (!m_reader.atEnd()) {
        switch (advance()) {
        case QXmlStreamReader::StartElement: return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument: return false;
        default: break;
        }
    }
    return false;
}

QString XmlCursor::readText()
{
    return readInner(false);
}

QString XmlCursor::readMarkup()
{
    return readInner(true);
}

QString XmlCursor::readInner(bool escapeText)
{
    m_sawMarkup = false;
    QString out;
    int inner = 0;
    bool escaping = escapeText;
    while (!m_reader.atEnd()) {
        switch (advance()) {
        case QXmlStreamReader::Characters:
            if (escaping)
                appendEscaped(out, m_reader.text());
            else if (out.isEmpty())
                out = m_reader.text().toString();
            else
                out += m_reader.text();
            break;
        case QXmlStreamReader::EntityReference: appendEntity(out, escaping); break;
        case QXmlStreamReader::StartElement:
            if (!escaping) {
                // Markup inside a text value: from here on the value is markup, so the text read
                // so far must become markup too.
                out = escapeXmlText(out);
                escaping = true;
            }
            appendStartTag(out, m_reader);
            m_sawMarkup = true;
            ++inner;
            break;
        case QXmlStreamReader::EndElement:
            if (inner == 0) {
                if (hasC1Controls(out))
                    repairC1Controls(out);
                return out;
            }
            --inner;
            out += u"</"_s % m_reader.qualifiedName() % u'>';
            break;
        case QXmlStreamReader::Invalid: return out;
        default: break;
        }
    }
    return out;
}

void XmlCursor::skip()
{
    int inner = 0;
    while (!m_reader.atEnd()) {
        switch (advance()) {
        case QXmlStreamReader::StartElement: ++inner; break;
        case QXmlStreamReader::EndElement:
            if (inner-- == 0)
                return;
            break;
        case QXmlStreamReader::Invalid: return;
        default: break;
        }
    }
}

QString XmlCursor::attribute(QLatin1StringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_attributes) {
        if (attribute.name() == localName && attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

QString XmlCursor::attribute(QStringView ns, QLatin1StringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_attributes) {
        if (attribute.name() == localName && attribute.namespaceUri() == ns)
            return attribute.value().toString();
    }
    return {};
}

bool XmlCursor::declaresNamespace(QStringView uri) const
{
    for (const QXmlStreamNamespaceDeclaration &declaration : m_reader.namespaceDeclarations()) {
        if (declaration.namespaceUri() == uri)
            return true;
    }
    return false;
}

QString XmlCursor::resolve(const QString &reference, bool emptyMeansBase) const
{
    if (reference.trimmed().isEmpty())
        return emptyMeansBase ? base() : QString();
    return urltext::resolved(base(), reference);
}

QString XmlCursor::errorString() const
{
    if (!m_limitError.isEmpty())
        return m_limitError;
    if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QCoreApplication::translate("FeedParser", "The document ends too early (line %1): it is truncated or incomplete.")
            .arg(m_reader.lineNumber());
    return QCoreApplication::translate("FeedParser", "The document is not well-formed XML (line %1, column %2): %3")
        .arg(m_reader.lineNumber())
        .arg(m_reader.columnNumber())
        .arg(m_reader.errorString());
}

} // namespace freshet
