// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QUrl>

namespace freshet {

/// The longest address Freshet stores (in bytes, percent-encoded): 8 KB, as most servers
/// refuse a longer request line anyway.
inline constexpr qsizetype maximumFeedUrlLength = 8 * 1024;

/// Checks what a person typed or an OPML file claims is a feed address: http or https, a host,
/// no credentials in the URL (those belong in the keychain), valid text (no bytes that were not
/// UTF-8), at most maximumFeedUrlLength. A missing scheme means https, or
/// http for this machine (localhost, 127.0.0.1, [::1]); without a scheme a host needs a dot
/// (or is this machine), so a stray word is not taken for an address. Every message is one plain
/// sentence that names what was typed.
Result<QUrl> validateFeedUrl(const QString &text);

} // namespace freshet
