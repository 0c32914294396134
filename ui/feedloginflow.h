// SPDX-License-Identifier: MIT
#pragma once

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

class CredentialStore;

/// The window's side of feeds that need a login: after a run, asks once (per feed, per
/// session) for each feed that answered 401, one dialog at a time; files the secret in the
/// keychain, notes the login on the feed and refetches just that feed. Also Edit Login and
/// Forget Login. The dialog is opened window-modal and never blocks the event loop.
class FeedLoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedLoginFlow)

public:
    FeedLoginFlow(const AppServices &services, QWidget *window);

    void edit(qint64 feedId);
    void forget(qint64 feedId);
    /// Files a login for a feed just subscribed (Add Feed asked for it), then fetches the feed.
    /// givenFor: the address the person gave it for; it is sent only to that origin.
    void save(qint64 feedId, const QString &feedUrl, LoginKind kind, const QString &user, const QString &secret,
              const QUrl &givenFor);

    /// The open dialog, if any (tests fill it as a person would).
    LoginDialog *dialog() const { return m_dialog; }

signals:
    /// A login was filed (or forgotten) for the feed.
    void loginChanged(qint64 feedId);

private:
    void onRunCompleted(const FetchRunSummary &summary);
    void askNext();
    void ask(qint64 feedId, bool afterRefusal);
    void refetch(const QString &feedUrl);
    void showError(const QString &message);

    AppServices m_services;
    QWidget *m_window;
    CredentialStore *m_credentials;
    QPointer<LoginDialog> m_dialog;
    QList<qint64> m_pending;
    QSet<qint64> m_asked;
    QStringList m_refetchAfterRun;
};

} // namespace freshet
