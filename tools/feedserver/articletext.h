// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The body of a generated article, as blogs publish it in full: paragraphs, links, emphasis
/// and a list, about `bytes` of HTML long. The words come from a vocabulary of thousands, a few
/// of them common and most rare, as in prose, so a search index built over many articles is as
/// large as a real one (a handful of repeated words would make it trivially small). The same
/// seed always gives the same text.
namespace ArticleText {
QString html(quint64 seed, int bytes);
}
