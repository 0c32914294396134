#pragma once

#include "result.h"

#include <QUrl>

namespace freshet {

/// Checks what a person typed or an OPML file claims is a feed address: http or https, a host,
/// no credentials in the URL (those belong in the keychain). A missing scheme means https.
Result<QUrl> validateFeedUrl(const QString &text);

} // namespace freshet
