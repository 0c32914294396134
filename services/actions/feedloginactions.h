// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "feedlogin.h"
#include "outcome.h"
#include "result.h"

#include <QUrl>

#include <functional>

class QObject;

namespace freshet::actions {

/// A login a person gave for a feed: its secret goes only to the keychain.
struct LoginGiven
{
    LoginKind kind = LoginKind::None;
    QString user;
    QString secret;
    /// The address it was typed for: it is sent only to that origin, even after the feed moves.
    QUrl givenFor;
};

/// A feed and its login as stored, read in one job.
struct FeedAndLogin
{
    Feed feed;
    FeedLogin login;
};

/// The feed and its login; an error when there is no such feed any more.
void readFeedLogin(const ActionServices &services, qint64 feedId, QObject *context, std::function<void(const Result<FeedAndLogin> &)> answered);
/// Files the secret in the keychain first (a login noted without its secret would only fail),
/// then notes the login on the feed, replacing any it had. done runs once on context's thread,
/// unless context is gone by then.
void setFeedLogin(const ActionServices &services, const Feed &feed, const LoginGiven &login, QObject *context,
                  std::function<void(const Outcome &)> done);
/// Removes the feed's secret from the keychain, then its login: the feed is fetched without one.
void forgetFeedLogin(const ActionServices &services, const Feed &feed, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
