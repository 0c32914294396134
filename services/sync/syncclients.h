// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace freshet::sync {

class SyncClient;

/// The protocols accounts may use, as stored and as the command line spells them.
QStringList syncProtocols();
/// A client for protocol ("ttrss", "greader"), or nullptr for one Freshet does not know.
SyncClient *createSyncClient(const QString &protocol);
/// "Tiny Tiny RSS", "Google Reader API (FreshRSS, Miniflux)": for people.
QString protocolDisplayName(const QString &protocol);

} // namespace freshet::sync
