// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// What a keychain failure (a QKeychain::Error) means for a person, and what to do about it.
/// detail is the backend's own text, appended when there is one.
QString describeKeychainError(int error, const QString &detail);

} // namespace freshet
