// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace freshet {

struct DecodedDocument;

/// A forward-only walk over an XML document for the feed readers: tracks nesting depth (with a
/// cap), the xml:base in scope, and reads element text with or without inner markup. Wraps
/// QXmlStreamReader, which never loads DTDs or external entities; bombs made of internal
/// entities are refused before they expand. One instance per parse; not shared between threads.
/// The document must outlive the cursor.
class XmlCursor final
{
public:
    XmlCursor(const DecodedDocument &document, const ParseOptions &options);

    /// Moves to the root element. False when the document has none (or is broken before it).
    bool enterRoot();
    /// Moves to the next child element of the current element; false once the current element
    /// ends (the cursor is then after its end tag) or the document is broken.
    bool nextChild();
    /// Reads everything up to the current element's end: text as is, child elements as markup.
    QString readText();
    /// Like readText() but with text escaped as well, for values that are markup (XHTML).
    QString readMarkup();
    /// Whether the last readText()/readMarkup() met child elements (the value is then markup).
    bool sawMarkup() const { return m_sawMarkup; }
    /// Skips the rest of the current element.
    void skip();

    QStringView name() const { return m_reader.name(); }
    QStringView namespaceUri() const { return m_reader.namespaceUri(); }
    bool is(QStringView ns, QLatin1StringView localName) const
    {
        return m_reader.name() == localName && m_reader.namespaceUri() == ns;
    }
    QString attribute(QLatin1StringView localName) const;
    QString attribute(QStringView ns, QLatin1StringView localName) const;
    const QXmlStreamAttributes &attributes() const { return m_attributes; }

    /// The URL in scope for relative references (xml:base chain over the document URL), as text:
    /// the document's own xml:base values are kept as written (see urltext.h).
    const QString &base() const { return m_bases.constLast().url; }
    /// `reference` resolved against base(); returned unchanged when there is nothing to resolve.
    /// An empty reference stays empty unless `emptyMeansBase` (as for an Atom link's href).
    QString resolve(const QString &reference, bool emptyMeansBase = false) const;
    /// True when the current element declares `uri` as a namespace (with any prefix).
    bool declaresNamespace(QStringView uri) const;

    bool hasError() const { return m_reader.hasError(); }
    QString errorString() const;
    /// True once the document ended cleanly or broke; nothing more will be read.
    bool atEnd() const { return m_reader.atEnd(); }

private:
    struct Base
    {
        int depth;
        QString url;
    };

    QXmlStreamReader::TokenType advance();
    void onStartElement();
    void checkEntityDeclarations();
    void appendEntity(QString &out, bool escape) const;
    QString readInner(bool escapeText);

    QXmlStreamReader m_reader;
    QXmlStreamAttributes m_attributes;
    QList<Base> m_bases;
    QString m_limitError;
    const DecodedDocument &m_document;
    int m_depth = 0;
    bool m_sawMarkup = false;
    int m_maxDepth;
};

/// Makes `text` safe to place between XML tags.
QString escapeXmlText(QStringView text);

} // namespace freshet
