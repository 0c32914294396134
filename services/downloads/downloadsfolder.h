// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

class Profile;

/// Where finished downloads go: the profile's setting "downloads/folder", else
/// `<profile data>/downloads`.
QString downloadsFolder(const Profile &profile);
void setDownloadsFolder(const Profile &profile, const QString &folder);

} // namespace freshet
