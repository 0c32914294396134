// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUrl>

class QNetworkReply;

namespace freshet {

/// Where a 3xx answer to a request for `requested` sends it: its Location resolved against that
/// address. RFC 9110 §10.2.2 allows a relative reference ("/new/feed.xml", "feed.xml", "../x",
/// "//host/x"), and servers send them (Apache's Redirect, most frameworks). Invalid when the
/// Location is missing or not an address at all.
QUrl redirectTarget(const QUrl &requested, const QByteArray &location);

/// The redirect target of a QNetworkReply's answer (its Location header, against its URL).
/// Not QNetworkReply::header(LocationHeader): Qt 6.4 parses only absolute addresses there and
/// gives nothing for a relative one, which, resolved, was the request's own address: a
/// redirect to elsewhere looked like a loop.
QUrl redirectTarget(const QNetworkReply *reply);

/// Whether a redirect from `from` to `to` leaves https for anything else (http, in practice).
/// Such a hop is never followed, by feeds or downloads: what the publisher sent over TLS, and
/// a feed's login, must not quietly continue in clear text.
bool redirectDowngrades(const QUrl &from, const QUrl &to);

} // namespace freshet
