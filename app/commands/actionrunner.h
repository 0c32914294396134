// SPDX-License-Identifier: MIT
#pragma once

#include "actions/actionservices.h"
#include "actions/outcome.h"
#include "awaitanswer.h"
#include "command.h"
#include "feed.h"

#include <functional>
#include <memory>

class QObject;

namespace freshet {

/// The command line's side of services/actions: the store thread and keychain an action runs
/// with, for one command, and the outcome printed the way every command prints. A window open on
/// the profile is told when the command ends, so a feed added or an item marked here shows there
/// at once rather than at its next refresh.
class ActionRunner final
{
    Q_DISABLE_COPY_MOVE(ActionRunner)

public:
    using Done = std::function<void(const actions::Outcome &)>;
    using Start = std::function<void(const actions::ActionServices &services, QObject *context, Done done)>;

    /// The profile's database opened on a store thread of its own; nothing, with the reason
    /// printed, when it cannot be opened.
    static std::unique_ptr<ActionRunner> openOrReport(CommandContext &context);
    /// The same, with the profile's download queue for the actions about downloads. The queue
    /// is held: nothing starts but what downloadNow asks for, since the command ends soon.
    static std::unique_ptr<ActionRunner> openWithDownloadsOrReport(CommandContext &context);
    /// The download queue, for its progress signals; nullptr unless opened with downloads.
    DownloadThread *downloads() const { return m_downloads.get(); }
    ~ActionRunner();

    using StartOnFeed = std::function<void(const actions::ActionServices &services, const Feed &feed, QObject *context, Done done)>;

    /// Runs the action and waits for its outcome.
    actions::Outcome run(const Start &start);
    /// Runs something that answers with more than an outcome (what it read) and waits for the
    /// answer; unanswered stands for an answer that never came.
    template <typename Answer>
    Answer ask(Answer unanswered,
               const std::function<void(const actions::ActionServices &, QObject *, std::function<void(const Answer &)>)> &start)
    {
        const actions::ActionServices services{m_store.get(), m_credentials.get(), m_downloads.get()};
        return awaitAnswer(std::move(unanswered), [&](QObject *context, std::function<void(const Answer &)> answer) {
            start(services, context, std::move(answer));
        });
    }
    /// For a command that acts on one feed, named by its address (first argument) and --account:
    /// finds the feed, runs the action on it, prints the outcome and returns the exit status.
    static int runOnFeed(CommandContext &context, const QCommandLineParser &parser, const StartOnFeed &start);
    /// Prints the outcome (its message on stdout; its details, a warning or the reason it failed
    /// on stderr)
    /// and returns the command's exit status. accountName: the account the action went to, for
    /// the command that logs in to it again when its server refused the login.
    static int report(CommandContext &context, const actions::Outcome &outcome, const QString &accountName = {});

private:
    ActionRunner();

    /// The window open on this profile, told when the command ends that what it shows changed.
    QString m_windowName;
    bool m_ranAction = false;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    /// Declared last, so destroyed first: its manager's writes go through m_store.
    std::unique_ptr<DownloadThread> m_downloads;
};

} // namespace freshet
