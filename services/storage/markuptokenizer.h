// SPDX-License-Identifier: MIT
#pragma once

struct sqlite3;

namespace freshet {

/// The FTS5 tokenizer of the search index where Freshet can reach SQLite itself: SQLite's own
/// `unicode61` (its arguments passed on) reading an item's readable text (searchtext.h) rather
/// than its markup. A query is tokenized as `unicode61` alone would.
inline constexpr const char *markupTokenizerName = "freshet_html";

/// Makes the tokenizer known to one connection (defined only where the build links SQLite,
/// FRESHET_DIRECT_SQLITE); false if that connection's SQLite has no FTS5.
/// Every connection that reads or writes the search index needs it (the table names it).
bool registerMarkupTokenizer(sqlite3 *db);

} // namespace freshet
