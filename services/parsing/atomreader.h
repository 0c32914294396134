#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

class XmlCursor;

/// Reads Atom 1.0 and Atom 0.3 documents (text constructs in text/html/xhtml, 0.3's escaped and
/// base64 modes, person constructs, links). Starts on the root element.
class AtomReader final
{
public:
    static void read(XmlCursor &cursor, ParsedFeed &feed);

    /// The value of a text construct (title, summary, content, ...), as text or markup; `type`
    /// receives the type attribute as written.
    static QString readTextConstruct(XmlCursor &cursor, QString *type = nullptr);

private:
    static void readEntry(XmlCursor &cursor, ParsedFeed &feed);
    static ParsedPerson readPerson(XmlCursor &cursor);
    static ParsedLink readLink(XmlCursor &cursor);
};

} // namespace freshet
