// MainWindow's Add Feed: the address, discovery on a web page, and the subscription on this
// device or on a sync account's server.
#include "mainwindow.h"

#include "addfeeddialog.h"
#include "addtoaccount.h"
#include "background/backgroundfetch.h"
#include "feedlistmodel.h"
#include "feedloginflow.h"
#include "logindialog.h"
#include "network/authorization.h"
#include "network/feeddiscovery.h"
#include "network/feedurl.h"
#include "storage/storethread.h"

#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void MainWindow::addFeed()
{
    // The account of the feed in view is the likely place for one more.
    const Feed *selected = m_feedModel->feedAt(m_feedList->currentIndex().row());
    const qint64 preferred = selected ? selected->accountId : localAccountId;
    m_services.store->post([](FeedStore &store) { return store.accounts(); }, this,
                           [this, preferred](const Result<QList<Account>> &accounts) {
        // Without the list the feed can still be added here; the reason is shown.
        if (!accounts)
            showError(accounts.error());
        auto *dialog = new AddFeedDialog(accounts ? accounts.value() : QList<Account>{}, preferred, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            Result<QUrl> url = validateFeedUrl(dialog->address());
            if (!url) {
                QMessageBox::warning(this, tr("Add Feed"), url.error());
                return;
            }
            discoverFeeds(url.value(), {}, dialog->account());
        });
        dialog->open();
    });
}

void MainWindow::askLoginForNewFeed(const QUrl &url)
{
    auto *dialog = new LoginDialog(url.toString(QUrl::FullyEncoded), LoginDialog::Reason::NeedsLogin, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, url, dialog] {
        discoverFeeds(url, NewFeedLogin{dialog->kind(), dialog->user(), dialog->secret()});
    });
    dialog->open();
}

// Discovery runs here for sync accounts too. The Google Reader API subscribes to exactly the
// feed address it is given, so a web page's address must be turned into its feed's first.
// tt-rss's subscribeToFeed would look into a page itself, but refuses one that offers several
// feeds, where the choice below lets the person pick one. An address this device cannot read
// (or that wants a login) goes to the server as typed: the server fetches the feed, not this
// device, and may well reach it; if not, its answer says so.
void MainWindow::discoverFeeds(const QUrl &url, const NewFeedLogin &login, const std::optional<Account> &account)
{
    statusBar()->showMessage(tr("Looking for a feed at %1…").arg(url.toString(QUrl::FullyEncoded)));
    auto *discovery = new FeedDiscovery(this);
    connect(discovery, &FeedDiscovery::finished, this, [this, discovery, url, login, account](const FeedDiscovery::Outcome &outcome) {
        discovery->deleteLater();
        statusBar()->clearMessage();
        if (account && (outcome.needsLogin || !outcome.error.isEmpty())) {
            subscribeOnAccount(url.toString(QUrl::FullyEncoded), *account);
            return;
        }
        // The address wants a login: ask here, then look again with it. A refused login
        // asks again; Cancel ends it.
        if (outcome.needsLogin) {
            askLoginForNewFeed(url);
            return;
        }
        if (!outcome.error.isEmpty()) {
            QMessageBox::warning(this, tr("Add Feed"), outcome.error);
            return;
        }
        QUrl chosen = outcome.feeds.constFirst().url;
        if (outcome.feeds.size() > 1) {
            QStringList names;
            for (const DiscoveredFeed &feed : outcome.feeds)
                names << (feed.title.isEmpty() ? feed.url.toString(QUrl::FullyEncoded) : u"%1 — %2"_s.arg(feed.title, feed.url.toString(QUrl::FullyEncoded)));
            bool picked = false;
            const QString name = QInputDialog::getItem(this, tr("Add Feed"), tr("This page offers several feeds:"), names, 0, false, &picked);
            if (!picked)
                return;
            chosen = outcome.feeds.at(names.indexOf(name)).url;
        }
        if (account)
            subscribeOnAccount(chosen.toString(QUrl::FullyEncoded), *account);
        else
            subscribe(chosen.toString(QUrl::FullyEncoded), login);
    });
    QByteArray authorization;
    if (login.kind == LoginKind::Basic)
        authorization = basicAuthorization(login.user, login.secret);
    else if (login.kind == LoginKind::Bearer)
        authorization = bearerAuthorization(login.secret);
    discovery->discover(url, authorization);
}

void MainWindow::subscribe(const QString &address, const NewFeedLogin &login)
{
    m_services.store->post([address](FeedStore &store) { return store.addFeed(address); }, this, [this, address, login](const Result<Feed> &added) {
        if (!added) {
            QMessageBox::warning(this, tr("Add Feed"), added.error());
            return;
        }
        m_feedModel->refresh();
        const int row = m_feedModel->rowOfFeed(added.value().id);
        if (row >= 0)
            m_feedList->setCurrentIndex(m_feedModel->index(row));
        if (login.kind != LoginKind::None) {
            // The login flow files it in the keychain and then fetches the feed.
            m_logins->save(added.value().id, address, login.kind, login.user, login.secret);
            return;
        }
        if (!m_services.fetch->isRunning())
            m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::onlyFeeds({address}));
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
        // Not QMessageBox::warning: its nested event loop would hold up the window's other work.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Add Feed"), message, QMessageBox::Ok, this);
        box->setObjectName(u"addFeedError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(adding, &AddToAccount::subscribed, this, [this](const QString &message) {
        unsetCursor();
        statusBar()->showMessage(message, 8000);
    });
    connect(adding, &AddToAccount::finished, this, [this, address, account](qint64 feedId) {
        m_feedModel->refresh();
        const int row = feedId > 0 ? m_feedModel->rowOfFeed(feedId) : -1;
        if (row >= 0)
            m_feedList->setCurrentIndex(m_feedModel->index(row));
        else
            showError(tr("%1 is subscribed on “%2”, but its sync did not bring it yet.").arg(address, account.name));
    });
    adding->start();
}

} // namespace freshet
