// SPDX-License-Identifier: MIT
// MainWindow's Add Feed: the address, discovery on a web page, and the subscription on this
// device or on a sync account's server.
#include "mainwindow.h"

#include "actions/readaccounts.h"
#include "actions/subscribehere.h"
#include "addfeeddialog.h"
#include "addtoaccount.h"
#include "background/backgroundfetch.h"
#include "feedlistmodel.h"
#include "feedloginflow.h"
#include "feedtreeview.h"
#include "logindialog.h"
#include "network/authorization.h"
#include "network/feeddiscovery.h"

#include <QPointer>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void MainWindow::addFeed()
{
    // The account of the feed in view is the likely place for one more.
    const QModelIndex chosen = m_feedList->currentIndex();
    const qint64 chosenAccount = chosen.data(FeedListModel::AccountIdRole).toLongLong();
    const qint64 preferred = chosenAccount != 0 ? chosenAccount : localAccountId;
    // And the folder in view, or the one the chosen feed is in.
    const QString folder = chosenAccount == localAccountId ? chosen.data(FeedListModel::FolderRole).toString() : QString();
    const QStringList folders = m_feedModel->foldersOf(localAccountId);
    actions::readAccounts(m_actions, this, [this, preferred, folders, folder](const Result<QList<Account>> &accounts) {
        // Without the list the feed can still be added here; the reason is shown.
        if (!accounts)
            showError(accounts.error());
        auto *dialog = new AddFeedDialog(accounts ? accounts.value() : QList<Account>{}, preferred, folders, folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddFeedDialog::submitted, this, [this, dialog] { lookUpNewFeed(dialog, {}); });
        dialog->open();
    });
}

void MainWindow::askLoginForNewFeed(AddFeedDialog *dialog, const QUrl &url, bool loginWasRefused)
{
    // Over the Add Feed dialog, which stays as it was if this is cancelled.
    auto *login = new LoginDialog(url.toString(QUrl::FullyEncoded),
                                  loginWasRefused ? LoginDialog::Reason::LoginRefused : LoginDialog::Reason::NeedsLogin, {}, dialog);
    login->setAttribute(Qt::WA_DeleteOnClose);
    connect(login, &QDialog::accepted, this, [this, dialog, login, url] {
        lookUpNewFeed(dialog, actions::LoginGiven{login->kind(), login->user(), login->secret(), url});
    });
    login->open();
}

// Discovery runs here for sync accounts too. The Google Reader API subscribes to exactly the
// feed address it is given, so a web page's address must be turned into its feed's first.
// tt-rss's subscribeToFeed would look into a page itself, but refuses one that offers several
// feeds, where the choice below lets the person pick one. An address this device cannot read
// (or that wants a login) goes to the server as typed: the server fetches the feed, not this
// device, and may well reach it; if not, its answer says so.
void MainWindow::lookUpNewFeed(AddFeedDialog *dialog, const actions::LoginGiven &login)
{
    dialog->setBusy(true);
    // A child of the dialog: closing the dialog ends the lookup and its answer with it.
    auto *discovery = new FeedDiscovery(dialog);
    connect(discovery, &FeedDiscovery::finished, dialog, [this, dialog, discovery, login](const FeedDiscovery::Outcome &outcome) {
        discovery->deleteLater();
        if (!outcome.address.isValid()) {
            dialog->showProblem(outcome.error);
            return;
        }
        const std::optional<Account> account = dialog->account();
        if (account && (outcome.needsLogin || !outcome.error.isEmpty())) {
            dialog->accept();
            subscribeOnAccount(outcome.address.toString(QUrl::FullyEncoded), *account);
            return;
        }
        // The address wants a login: ask here, then look again with it. A refused login
        // asks again; Cancel ends it.
        if (outcome.needsLogin) {
            dialog->setBusy(false);
            askLoginForNewFeed(dialog, outcome.address, login.kind != LoginKind::None);
            return;
        }
        if (!outcome.error.isEmpty()) {
            dialog->showProblem(outcome.error);
            return;
        }
        const auto subscribeTo = [this, dialog, login, account](const QUrl &feed) {
            if (account) {
                dialog->accept();
                subscribeOnAccount(feed.toString(QUrl::FullyEncoded), *account);
            } else {
                subscribe(dialog, feed.toString(QUrl::FullyEncoded), login);
            }
        };
        if (outcome.feeds.size() > 1)
            dialog->offerFeeds(outcome.feeds, subscribeTo);
        else
            subscribeTo(outcome.feeds.constFirst().url);
    });
    discovery->lookUp(dialog->address(), loginAuthorization(login.kind, login.user, login.secret));
}

void MainWindow::subscribe(AddFeedDialog *dialog, const QString &address, const actions::LoginGiven &login)
{
    dialog->setBusy(true);
    // The feed is added even if the dialog is closed meanwhile; the window still shows it.
    QPointer<AddFeedDialog> shown(dialog);
    actions::NewFeeds wanted{{address}, dialog->folder(), std::nullopt};
    if (login.kind != LoginKind::None)
        wanted.login = login;
    actions::subscribeHere(m_actions, wanted, this, [this, shown, address](const actions::Outcome &outcome, const QList<Feed> &feeds) {
        if (!outcome.succeeded()) {
            // Already subscribed, most likely: said in the dialog, which keeps the address.
            if (shown)
                shown->showProblem(outcome.message);
            else
                showError(outcome.message);
            return;
        }
        if (shown)
            shown->accept();
        m_feedModel->refresh();
        if (const QModelIndex added = m_feedModel->indexOfFeed(feeds.constFirst().id); added.isValid())
            m_feedList->setCurrentIndex(added);
        m_logins->fetchSoon(address);
    });
}

void MainWindow::subscribeOnAccount(const QString &address, const Account &account)
{
    auto *adding = new AddToAccount(m_services, m_accounts, account, address, this);
    connect(adding, &AddToAccount::working, this, [this](const QString &message) {
        setCursor(Qt::BusyCursor);
        statusBar()->showMessage(message);
    });
    connect(adding, &AddToAccount::waitingForLogin, this, [this] {
        unsetCursor();
        statusBar()->clearMessage();
    });
    connect(adding, &AddToAccount::failed, this, [this](const QString &message) {
        unsetCursor();
        statusBar()->clearMessage();
        warn(tr("Add Feed"), message, u"addFeedError"_s);
    });
    connect(adding, &AddToAccount::subscribed, this, [this](const QString &message) {
        unsetCursor();
        statusBar()->showMessage(message, 8000);
    });
    connect(adding, &AddToAccount::finished, this, [this, address, account](qint64 feedId) {
        m_feedModel->refresh();
        if (const QModelIndex added = m_feedModel->indexOfFeed(feedId); feedId > 0 && added.isValid())
            m_feedList->setCurrentIndex(added);
        else
            showError(tr("%1 is subscribed on “%2”, but its sync did not bring it yet.").arg(address, account.name));
    });
    adding->start();
}

} // namespace freshet
