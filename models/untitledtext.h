// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// What an item without a title shows in its place: the first words of its text (HTML, or
/// the start of it), on one line, ending in "…" when cut; empty when it has no text either.
QString untitledText(const QString &html, int maxWords = 12);

} // namespace freshet
