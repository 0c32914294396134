// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace freshet {

/// Makes the markup tokenizer (markuptokenizer.h) known to a connection where this build can
/// reach SQLite itself, and says whether it did. Every connection to a profile is given it
/// before anything reads the search index.
bool installSearchTokenizer(const QSqlDatabase &db);

/// Declares the search index with the best tokenizer the connection has: the markup one where
/// installSearchTokenizer() succeeded, SQLite's unicode61 elsewhere (a Qt carrying its own
/// SQLite, or FRESHET_PLAIN_SEARCH_TOKENIZER=1, which tests use to play that build). An index
/// declared otherwise (a profile from before, or from the other kind of build) is made again,
/// empty, with every item in its backlog: the store indexes them after the window's first paint
/// or at the end of the next refresh. Runs once each time a writer opens the profile; a profile
/// already right costs one read of its schema.
Status useBestSearchTokenizer(QSqlDatabase &db);

} // namespace freshet
