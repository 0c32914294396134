// SPDX-License-Identifier: MIT
#pragma once

#include "outcome.h"

#include <QObject>

#include <functional>

namespace freshet::actions {

/// Gives done an outcome decided at once (a refusal, "nothing to change") later, on context's
/// thread, as every answer from the store comes: a caller never sees done() before the action
/// returns.
inline void answerLater(QObject *context, std::function<void(const Outcome &)> done, const Outcome &outcome)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
}

} // namespace freshet::actions
