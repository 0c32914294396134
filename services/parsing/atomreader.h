// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

class XmlCursor;
struct RssItemDraft;

/// Reads Atom 1.0 and Atom 0.3 documents (text constructs in text/html/xhtml, 0.3's escaped and
/// base64 modes, person constructs, links). Starts on the root element; Atom elements are those
/// in either Atom namespace or in the root's own namespace (for feeds that invented one).
class AtomReader final
{
public:
    explicit AtomReader(XmlCursor &cursor);

    void read(ParsedFeed &feed);

    /// The value of a text construct (title, summary, content, ...), as text or markup; `type`
    /// receives the type attribute as written. Usable for Atom elements borrowed by RSS too.
    static QString readTextConstruct(XmlCursor &cursor, bool isContent = false, QString *type = nullptr);
    /// Reads an Atom person construct (name, email, uri; 0.3's url and homepage).
    static ParsedPerson readPerson(XmlCursor &cursor);

private:
    bool isAtom() const;
    void readEntry(ParsedFeed &feed);
    ParsedLink readLink();

    XmlCursor &m_cursor;
    QString m_rootNamespace;
};

} // namespace freshet
