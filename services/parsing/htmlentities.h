// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace freshet {

/// The character an HTML named entity stands for (`eacute` → U+00E9), or 0 when unknown. Feeds
/// declare the Netscape RSS 0.91 DTD and then use HTML entities the XML reader cannot expand.
char32_t htmlEntityCharacter(QStringView name);

/// The length of the character reference (`&eacute;`, `&#8217;`, `&#x2F;`) that starts at
/// `from` in `text`, with its character in `character`; 0 when none starts there (an unknown
/// name, a missing ';'). Unusable code points (0, surrogates, past U+10FFFF) read as U+FFFD.
qsizetype htmlReferenceAt(QStringView text, qsizetype from, char32_t &character);

/// `text` with each character reference replaced by its character, once: "&amp;lt;" becomes
/// "&lt;". Anything that is no reference ("AT&T", "&bogus;") is kept as written.
QString decodeHtmlReferences(QStringView text);

} // namespace freshet
