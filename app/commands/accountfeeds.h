// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace freshet {

/// `freshet add URL --account NAME`: subscribes on the account's server, then syncs it.
int addToAccount(CommandContext &context, const QCommandLineParser &parser);

} // namespace freshet
