// SPDX-License-Identifier: MIT
#include "markuptokenizer.h"

#include "searchtext.h"

#include <sqlite3.h>

#include <algorithm>
#include <new>

namespace freshet {

namespace {

struct MarkupTokenizer
{
    fts5_tokenizer unicode61{};
    Fts5Tokenizer *unicode61Instance = nullptr;
    /// Kept between documents: a connection tokenizes on one thread at a time, and a refresh
    /// tokenizes tens of thousands of them.
    SearchText text;
};

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

/// What unicode61 reports about the readable text, passed on with offsets in the markup.
struct Forward
{
    void *context;
    TokenCallback token;
    const SearchText *text;
};

int forwardToken(void *context, int flags, const char *token, int length, int start, int end)
{
    const auto *forward = static_cast<const Forward *>(context);
    const auto markupStart = forward->text->markupOffset(std::size_t(start), false);
    const auto markupEnd = forward->text->markupOffset(std::size_t(end), true);
    return forward->token(forward->context, flags, token, length, int(markupStart), int(std::max(markupStart, markupEnd)));
}

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

int create(void *apiPointer, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(apiPointer);
    void *unicode61Data = nullptr;
    auto *tokenizer = new (std::nothrow) MarkupTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    int result = api->xFindTokenizer(api, "unicode61", &unicode61Data, &tokenizer->unicode61);
    if (result == SQLITE_OK)
        result = tokenizer->unicode61.xCreate(unicode61Data, arguments, argumentCount, &tokenizer->unicode61Instance);
    if (result != SQLITE_OK) {
        delete tokenizer;
        return result;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *instance)
{
    auto *tokenizer = reinterpret_cast<MarkupTokenizer *>(instance);
    tokenizer->unicode61.xDelete(tokenizer->unicode61Instance);
    delete tokenizer;
}

int tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int length, TokenCallback token)
{
    auto *tokenizer = reinterpret_cast<MarkupTokenizer *>(instance);
    const auto words = [&](const char *from, std::size_t size, void *to, TokenCallback call) {
        return tokenizer->unicode61.xTokenize(tokenizer->unicode61Instance, to, flags, from, int(size), call);
    };
    // What a person types is words, never markup.
    if ((flags & FTS5_TOKENIZE_QUERY) || length <= 0 || !text)
        return words(text, std::size_t(std::max(length, 0)), context, token);
    try {
        if (!readableText(std::string_view(text, std::size_t(length)), tokenizer->text))
            return words(text, std::size_t(length), context, token);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
    const std::string &readable = tokenizer->text.readable;
    // Only highlighting and snippets (FTS5_TOKENIZE_AUX) read a word's offsets; indexing reads
    // its position, so a document's words go straight to FTS5 (a tenth of the tokenizer's time).
    // The readable text is never longer than the markup, so its size fits an int as that did.
    if (!(flags & FTS5_TOKENIZE_AUX))
        return words(readable.data(), readable.size(), context, token);
    Forward forward{context, token, &tokenizer->text};
    return words(readable.data(), readable.size(), &forward, forwardToken);
}

} // namespace

bool registerMarkupTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Of(db);
    if (!api)
        return false;
    fts5_tokenizer functions{create, destroy, tokenize};
    return api->xCreateTokenizer(api, markupTokenizerName, api, &functions, nullptr) == SQLITE_OK;
}

} // namespace freshet
