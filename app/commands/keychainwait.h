// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

namespace freshet {

/// The keychain calls the command line makes, waited for in a local event loop (QtKeychain
/// answers asynchronously; a command has nothing else to do meanwhile).
Status storeSecretAndWait(const QString &key, const QString &secret);
Status removeSecretAndWait(const QString &key);
Result<QString> readSecretAndWait(const QString &key);

} // namespace freshet
