// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace freshet {

/// A short fingerprint of a fetched document, to notice a server sending the same bytes again
/// (no ETag, no Last-Modified) without parsing them. XXH64: it only has to tell one feed's
/// documents apart, not resist forgery, and it costs a fraction of SHA-256 (Qt 6.4's is in
/// software and was a tenth of a cold refresh's CPU time). Stable across machines and runs.
QString documentFingerprint(QByteArrayView bytes);

} // namespace freshet
