// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace freshet::actions {

/// Why an action did not happen, for callers that branch on it: the command line's exit status
/// and hints, the window's choice between a warning and a line in the status bar. The sentence
/// for the person is Outcome::message; this is never shown.
enum class Failure {
    None,
    NotFound,    ///< what the action names is gone (a feed, an account)
    Input,       ///< what the person gave cannot be used (a file that is not OPML, too large)
    LoginNeeded, ///< the account's server refused its login last time: log in again first
    Keychain,    ///< a password or token could not be read from the system keychain
    Server,      ///< a sync account's server refused the change or could not be reached
    Storage,     ///< the database could not read or keep it
    System,      ///< the operating system refused it (its scheduler, a file it owns)
    Transfer,    ///< a download stopped (the connection, the server, a full disk); what it got is kept
};

/// What an action ended in, with the sentence that says so: what was done, or why nothing was.
/// A done action may carry a warning about something after its main step that did not work
/// (the action still counts as done: undoing it would lose more).
struct [[nodiscard]] Outcome
{
    Failure failure = Failure::None;
    QString message;
    QString warning;
    /// Lines to read after the message, one per thing it counts (each entry an import skipped,
    /// and why).
    QStringList details;
    /// How many things a done action changed (items marked, feeds imported), for scripts.
    int changed = 0;

    bool succeeded() const { return failure == Failure::None; }

    static Outcome done(QString message, QString warning = {})
    {
        return {Failure::None, std::move(message), std::move(warning), {}, 0};
    }
    static Outcome failed(Failure why, QString message) { return {why, std::move(message), {}, {}, 0}; }
};

} // namespace freshet::actions
