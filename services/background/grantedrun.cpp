// SPDX-License-Identifier: MIT
#include "grantedrun.h"

#include <QPointer>

using namespace std::chrono_literals;

namespace freshet {

namespace {
/// The answer leaves this long before the deadline: time to reach the process or the OS
/// callback waiting for it.
constexpr std::chrono::milliseconds answerMargin = 500ms;
/// Less than this left after the refresh is not worth opening a download for.
constexpr qint64 minimumFollowUpMs = 1000;
} // namespace

void performGrantedRun(BackgroundFetch *fetch, FetchTrigger trigger, std::chrono::milliseconds budget, const FetchScope &scope,
                       QObject *context, std::function<void(const FetchRunSummary &, const FollowUpReport &)> done)
{
    const QDeadlineTimer deadline(std::max(0ms, budget - answerMargin));
    QObject::connect(
        fetch, &BackgroundFetch::completed, context,
        [fetch = QPointer(fetch), guard = QPointer(context), deadline, done = std::move(done)](const FetchRunSummary &summary) {
            RefreshFollowUp *followUp = fetch ? fetch->followUp() : nullptr;
            if (!followUp || deadline.remainingTime() < minimumFollowUpMs) {
                done(summary, {});
                return;
            }
            followUp->spend(deadline, [guard, summary, done](const FollowUpReport &report) {
                if (guard)
                    done(summary, report);
            });
        },
        Qt::SingleShotConnection);
    fetch->perform(trigger, budget, scope);
}

} // namespace freshet
