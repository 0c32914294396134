// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace freshet {

/// The character an HTML named entity stands for (`eacute` → U+00E9), or 0 when unknown. Feeds
/// declare the Netscape RSS 0.91 DTD and then use HTML entities the XML reader cannot expand.
char32_t htmlEntityCharacter(QStringView name);

} // namespace freshet
