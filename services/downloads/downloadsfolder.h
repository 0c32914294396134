// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

namespace freshet {

class Profile;

/// Where finished downloads go: the profile's setting "downloads/folder", else
/// `<profile data>/downloads`.
QString downloadsFolder(const Profile &profile);
/// Whether finished downloads can go to `folder`: a folder that exists or can be created, in
/// which a file can be written. Creates it. Touches the disk: not for the GUI thread.
[[nodiscard]] Status checkDownloadsFolder(const QString &folder);
/// Checks the folder (empty: back to the default) and, only when it will do, saves it.
[[nodiscard]] Status setDownloadsFolder(const Profile &profile, const QString &folder);

} // namespace freshet
