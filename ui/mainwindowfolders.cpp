// SPDX-License-Identifier: MIT
// The window's folder commands: New Folder, Rename and Delete on a folder, and feeds dropped
// on a folder. The changes themselves are use cases (actions/folders.h).
#include "actions/folders.h"
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "mainwindow.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The dialog that asks a folder's name; the caller connects its answer, then opens it.
QInputDialog *askFolderName(QWidget *parent, const QString &title, const QString &label, const QString &name, const QString &ok)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(u"folderNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(name);
    dialog->setOkButtonText(ok);
    return dialog;
}

} // namespace

void MainWindow::updateFeedActions()
{
    const FeedListModel::RowKind kind = m_feedModel->kindAt(m_feedList->currentIndex());
    const bool folder = kind == FeedListModel::RowKind::Folder;
    const bool group = folder || kind == FeedListModel::RowKind::Account;
    m_refreshOneAction->setText(group ? tr("Refresh &This Folder") : tr("Refresh &This Feed"));
    for (QAction *action : std::as_const(m_feedOnlyActions))
        action->setEnabled(kind == FeedListModel::RowKind::Feed);
    // The same mnemonics as the feed's, so that no two in the menu collide in any language.
    m_renameAction->setText(folder ? tr("Re&name Folder…") : tr("Re&name Feed…"));
    m_deleteAction->setText(folder ? tr("&Delete Folder…") : tr("&Delete Feed…"));
}

void MainWindow::renameChosen()
{
    if (m_feedModel->kindAt(m_feedList->currentIndex()) == FeedListModel::RowKind::Folder)
        renameCurrentFolder();
    else
        renameCurrentFeed();
}

void MainWindow::deleteChosen()
{
    if (m_feedModel->kindAt(m_feedList->currentIndex()) == FeedListModel::RowKind::Folder)
        deleteCurrentFolder();
    else
        deleteCurrentFeed();
}

void MainWindow::newFolder()
{
    const QModelIndex chosen = m_feedList->currentIndex();
    // Inside the chosen folder, else at the top level of the chosen account (or of this
    // computer's feeds when the row is none of an account's).
    const bool inFolder = m_feedModel->foldersEditableAt(chosen) && m_feedModel->kindAt(chosen) == FeedListModel::RowKind::Folder;
    const QString parent = inFolder ? chosen.data(FeedListModel::FolderRole).toString() : QString();
    const qint64 chosenAccount = chosen.data(FeedListModel::AccountIdRole).toLongLong();
    const qint64 accountId = m_feedModel->foldersEditableAt(chosen) && chosenAccount > 0 ? chosenAccount : localAccountId;
    QInputDialog *dialog = askFolderName(this, tr("New Folder"),
                                         parent.isEmpty() ? tr("Name of the new folder:") : tr("Name of the new folder in “%1”:").arg(parent),
                                         QString(), tr("Create"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parent, accountId](const QString &name) {
        const QString path = parent.isEmpty() ? name : parent + u'/' + name;
        actions::createFolder(m_actions, accountId, path, this, [this, path, accountId](const actions::Outcome &outcome) {
            showFolderChange(outcome, tr("New Folder"), u"folder:%1:%2"_s.arg(accountId).arg(Folder::normalized(path)));
        });
    });
    dialog->open();
}

void MainWindow::renameCurrentFolder()
{
    const QModelIndex chosen = m_feedList->currentIndex();
    if (m_feedModel->kindAt(chosen) != FeedListModel::RowKind::Folder)
        return;
    const qint64 accountId = chosen.data(FeedListModel::AccountIdRole).toLongLong();
    const QString path = chosen.data(FeedListModel::FolderRole).toString();
    QInputDialog *dialog = askFolderName(this, tr("Rename Folder"), tr("New name of the folder “%1”:").arg(path),
                                         chosen.data(FeedListModel::NameRole).toString(), tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, accountId, path](const QString &name) {
        // A new name, not a new place: it stays in the folder it is in.
        const QString parent = Folder::parentOf(path);
        const QString target = parent.isEmpty() ? name : parent + u'/' + name;
        actions::renameFolder(m_actions, accountId, path, target, this, [this, accountId, target](const actions::Outcome &outcome) {
            showFolderChange(outcome, tr("Rename Folder"), u"folder:%1:%2"_s.arg(accountId).arg(Folder::normalized(target)));
        });
    });
    dialog->open();
}

void MainWindow::deleteCurrentFolder()
{
    const QModelIndex chosen = m_feedList->currentIndex();
    if (m_feedModel->kindAt(chosen) != FeedListModel::RowKind::Folder)
        return;
    const qint64 accountId = chosen.data(FeedListModel::AccountIdRole).toLongLong();
    const QString path = chosen.data(FeedListModel::FolderRole).toString();
    const int feeds = int(m_feedModel->feedIdsUnder(chosen).size());
    QMessageBox box(QMessageBox::Question, tr("Delete Folder"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(u"deleteFolderQuestion"_s);
    QPushButton *keep = nullptr;
    QPushButton *removeAll = nullptr;
    if (feeds == 0) {
        box.setText(tr("Delete the empty folder “%1”?").arg(path));
        keep = box.addButton(tr("Delete Folder"), QMessageBox::AcceptRole);
    } else {
        box.setText(tr("Delete the folder “%1”? It holds %n feed(s).", nullptr, feeds).arg(path));
        box.setInformativeText(tr("Its feeds can move up a level, or be unsubscribed with all their items."));
        keep = box.addButton(tr("Move Feeds Up"), QMessageBox::AcceptRole);
        removeAll = box.addButton(tr("Unsubscribe from %n Feed(s)", nullptr, feeds), QMessageBox::DestructiveRole);
    }
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != keep && (!removeAll || box.clickedButton() != removeAll))
        return;
    const bool removeFeeds = removeAll && box.clickedButton() == removeAll;
    actions::deleteFolder(m_actions, accountId, path, removeFeeds, this, [this, accountId, path](const actions::Outcome &outcome) {
        const QString parent = Folder::parentOf(path);
        showFolderChange(outcome, tr("Delete Folder"),
                         parent.isEmpty() ? u"account:%1"_s.arg(accountId) : u"folder:%1:%2"_s.arg(accountId).arg(parent));
    });
}

void MainWindow::moveFeeds(const QList<qint64> &feedIds, const QString &folder)
{
    QList<Feed> feeds;
    for (qint64 id : feedIds) {
        if (const Feed *feed = m_feedModel->feedAt(m_feedModel->indexOfFeed(id)))
            feeds << *feed;
    }
    if (feeds.isEmpty())
        return;
    const QString chosenKey = u"feed:%1"_s.arg(feeds.constFirst().id);
    actions::moveFeedsToFolder(m_actions, feeds, folder, this, [this, chosenKey](const actions::Outcome &outcome) {
        showFolderChange(outcome, tr("Move Feeds"), chosenKey);
    });
}

void MainWindow::showFolderChange(const actions::Outcome &outcome, const QString &title, const QString &chosenKey)
{
    if (!outcome.succeeded()) {
        warn(title, outcome.message, u"folderError"_s);
        return;
    }
    reloadFromStore();
    if (const QModelIndex chosen = m_feedModel->indexOfKey(chosenKey); chosen.isValid()) {
        m_feedList->setCurrentIndex(chosen);
        m_feedList->scrollTo(chosen);
    }
    statusBar()->showMessage(outcome.message, 15000);
    if (!outcome.warning.isEmpty())
        warn(title, outcome.warning, u"folderWarning"_s);
}

} // namespace freshet
