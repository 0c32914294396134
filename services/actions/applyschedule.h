// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundschedule.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet {
class BackgroundScheduler;
}

namespace freshet::actions {

/// Makes the OS registration ("refresh while Freshet is closed") match wanted, when it differs
/// from previous in anything the OS runs by, or the OS lost it: systemctl, launchctl or schtasks run on a pool
/// thread, never the caller's. done gets the schedule to keep, which always matches what the OS
/// will do: wanted when the OS took it (or had nothing to take); when it refused, wanted with
/// "while closed" as it was, since the registration stays as it was. os may be null (no
/// backend on this platform): then nothing reaches an OS and wanted is kept. done runs once on
/// context's thread, unless context is gone by then; its outcome's changed is 1 when the OS
/// registration changed.
void applySchedule(BackgroundScheduler *os, const BackgroundSchedule &wanted, const BackgroundSchedule &previous, QObject *context,
                   std::function<void(const Outcome &, const BackgroundSchedule &toKeep)> done);

} // namespace freshet::actions
