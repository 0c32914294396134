// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>
#include <QTextStream>

namespace freshet {

/// A password or token for the command line, never taken from its arguments (they show in
/// `ps` and in shell history): from the terminal without echo when stdin is one, after the
/// prompt on stderr; otherwise the first line piped to stdin. Empty input is an error.
Result<QString> readSecret(const QString &prompt, QTextStream &err);

} // namespace freshet
