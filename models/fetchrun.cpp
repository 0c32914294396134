// SPDX-License-Identifier: MIT
#include "fetchrun.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString fetchResultName(FetchResult result)
{
    switch (result) {
    case FetchResult::NewData: return u"newData"_s;
    case FetchResult::NoData: return u"noData"_s;
    case FetchResult::Failed: return u"failed"_s;
    }
    return {};
}

static const QList<std::pair<FetchTrigger, QString>> &triggerNames()
{
    static const QList<std::pair<FetchTrigger, QString>> names = {
        {FetchTrigger::Os, u"os"_s},         {FetchTrigger::Timer, u"timer"_s},         {FetchTrigger::Push, u"push"_s},
        {FetchTrigger::Manual, u"manual"_s}, {FetchTrigger::Simulated, u"simulated"_s}, {FetchTrigger::Cli, u"cli"_s},
    };
    return names;
}

QString fetchTriggerName(FetchTrigger trigger)
{
    for (const auto &[value, name] : triggerNames()) {
        if (value == trigger)
            return name;
    }
    return {};
}

bool parseFetchTrigger(const QString &name, FetchTrigger *trigger)
{
    for (const auto &[value, known] : triggerNames()) {
        if (known == name) {
            *trigger = value;
            return true;
        }
    }
    return false;
}

QString feedOutcomeName(FeedOutcome outcome)
{
    switch (outcome) {
    case FeedOutcome::Updated: return u"updated"_s;
    case FeedOutcome::NoNewItems: return u"noNewItems"_s;
    case FeedOutcome::NotModified: return u"notModified"_s;
    case FeedOutcome::Failed: return u"failed"_s;
    case FeedOutcome::Disabled: return u"disabled"_s;
    case FeedOutcome::Skipped: return u"skipped"_s;
    }
    return {};
}

} // namespace freshet
