// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/// Writes large synthetic feeds for the parser benchmark: realistic item shapes (HTML
/// descriptions with entities, dates, guids, enclosures), deterministic content.
namespace feedgenerator {

enum class Kind { Rss, Atom, Rdf, Json };

QByteArray generate(Kind kind, int items);
const char *name(Kind kind);

} // namespace feedgenerator
