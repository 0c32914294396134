// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace freshet {

/// The CPU time this process has used so far, every thread's, user and system: what a refresh
/// costs a laptop's or phone's battery, as the difference between its end and its start.
std::chrono::milliseconds processCpuTime();

} // namespace freshet
