// SPDX-License-Identifier: MIT
#include "feedlookup.h"

#include "commandsupport.h"

#include <QEventLoop>

namespace freshet {

QList<FeedDiscovery::Outcome> lookUpFeedsAndWait(const QList<QUrl> &urls, const QByteArray &authorizationOfFirst)
{
    QList<FeedDiscovery::Outcome> outcomes(urls.size());
    QEventLoop loop;
    qsizetype waiting = urls.size();
    for (qsizetype index = 0; index < urls.size(); ++index) {
        // One discovery each: an outcome then needs no matching to the address it answers.
        auto *discovery = new FeedDiscovery(&loop);
        QObject::connect(discovery, &FeedDiscovery::finished, &loop, [&, index](const FeedDiscovery::Outcome &outcome) {
            outcomes[index] = outcome;
            if (--waiting == 0)
                loop.quit();
        });
        discovery->discover(urls.at(index), index == 0 ? authorizationOfFirst : QByteArray());
    }
    if (waiting > 0)
        loop.exec();
    return outcomes;
}

std::optional<QUrl> singleFeedOrReport(CommandContext &context, const FeedDiscovery::Outcome &outcome)
{
    if (outcome.needsLogin)
        return outcome.address;
    if (!outcome.error.isEmpty()) {
        reportFailure(context, outcome.error);
        return std::nullopt;
    }
    if (outcome.feeds.size() == 1)
        return outcome.feeds.constFirst().url;
    for (const DiscoveredFeed &feed : outcome.feeds)
        context.out << feed.label() << '\n';
    context.out.flush();
    reportFailure(context, Cli::tr("%1 offers several feeds, listed above; run 'freshet add' again with the address of the one you want.")
                               .arg(outcome.address.toString(QUrl::FullyEncoded)));
    return std::nullopt;
}

} // namespace freshet
