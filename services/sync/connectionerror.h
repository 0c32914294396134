// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QNetworkReply;

namespace freshet::sync {

/// Why a request to a sync server got no HTTP answer at all (refused, unknown host, closed,
/// timed out, TLS), in the same words whatever the protocol, naming the host.
QString connectionErrorMessage(const QNetworkReply *reply);

} // namespace freshet::sync
