// SPDX-License-Identifier: MIT
#pragma once

class QSettings;

namespace freshet {

/// How long read items are kept, in days (0: for ever), as Settings saves it in the profile's
/// settings.ini: read there by the window and by a run the OS starts alike.
int loadReadRetentionDays(const QSettings &settings);
void saveReadRetentionDays(QSettings &settings, int days);

} // namespace freshet
