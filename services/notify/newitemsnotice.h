// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"

#include <QString>

namespace freshet {

/// "5 new items in 2 feeds": the one sentence the tray and the headless notification share.
QString newItemsNotice(const FetchRunSummary &summary);

} // namespace freshet
