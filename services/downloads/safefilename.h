// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace freshet::SafeFileName {

/// The last path segment of the URL, percent-decoded: what a person would call the file.
QString fromUrl(const QUrl &url);

/// The file name a Content-Disposition header suggests (RFC 6266: filename* in UTF-8 wins
/// over filename), exactly as sent: sanitise() it before use.
QString fromContentDisposition(const QByteArray &header);

/// A name that is safe as one file inside the downloads folder whatever a URL or a header
/// said: only the part after the last '/' or '\', no control characters, no characters
/// Windows refuses, no leading dots (hidden files, "..") or trailing dots and spaces, no
/// device names, at most 180 UTF-8 bytes (the extension kept). Empty results become fallback.
QString sanitise(const QString &name, const QString &fallback = QStringLiteral("download"));

/// name, or "stem (2).ext", "stem (3).ext", … : the first that taken() says is free.
QString unique(const QString &name, const std::function<bool(const QString &)> &taken);

} // namespace freshet::SafeFileName
