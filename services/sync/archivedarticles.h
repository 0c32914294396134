// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet::sync {

/// The name of an account's archive (SyncRecords::archiveFeedId): where the starred articles
/// of a feed gone from the server stay while it lists them starred.
QString archivedArticlesTitle();

} // namespace freshet::sync
