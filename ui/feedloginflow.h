// SPDX-License-Identifier: MIT
#pragma once

#include "actions/actionservices.h"
#include "actions/outcome.h"
#include "appservices.h"
#include "feedlogin.h"
#include "fetchrun.h"
#include "logindialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QWidget;

namespace freshet {

/// The window's side of feeds that need a login: after a run, asks once (per feed, per
/// session) for each feed that answered 401, one dialog at a time, runs the action that keeps
/// the login, and refetches just that feed. Also Edit Login and Forget Login. The dialog is
/// opened window-modal and never blocks the event loop.
class FeedLoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedLoginFlow)

public:
    FeedLoginFlow(const AppServices &services, QWidget *window);

    void edit(qint64 feedId);
    void forget(qint64 feedId);
    /// Fetches the feed now, or right after the run in progress.
    void fetchSoon(const QString &feedUrl);

    /// The open dialog, if any (tests fill it as a person would).
    LoginDialog *dialog() const { return m_dialog; }

signals:
    /// A login was filed (or forgotten) for the feed.
    void loginChanged(qint64 feedId);

private:
    void onRunCompleted(const FetchRunSummary &summary);
    void askNext();
    void ask(qint64 feedId, bool afterRefusal);
    void showFailure(const actions::Outcome &outcome);

    AppServices m_services;
    QWidget *m_window;
    actions::ActionServices m_actions;
    QPointer<LoginDialog> m_dialog;
    QList<qint64> m_pending;
    QSet<qint64> m_asked;
    QStringList m_refetchAfterRun;
};

} // namespace freshet
