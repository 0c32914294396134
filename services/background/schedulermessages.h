// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace freshet {

/// The translation context of what the schedulers say to a person, shared by the in-process
/// scheduler and the OS schedulers' description, so one word ("on") is translated once.
class SchedulerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SchedulerMessages)
};

} // namespace freshet
