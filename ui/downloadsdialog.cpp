// SPDX-License-Identifier: MIT
#include "downloadsdialog.h"

#include "downloadlistmodel.h"
#include "downloads/downloadthread.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The progress column as a progress bar with the byte counts on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        const int perMille = index.data(DownloadListModel::PerMilleRole).toInt();
        bar.minimum = 0;
        bar.maximum = perMille < 0 ? 0 : 1000; // 0/0: a busy bar while the size is unknown
        bar.progress = std::max(0, perMille);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QPushButton *commandButton(const QString &text, const QKeySequence &shortcut, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setShortcut(shortcut);
    button->setAutoDefault(false);
    if (!shortcut.isEmpty())
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    return button;
}

} // namespace

DownloadsDialog::DownloadsDialog(DownloadThread *queue, QWidget *parent)
    : QDialog(parent), m_queue(queue), m_model(new DownloadListModel(this)), m_table(new QTableView(this)),
      m_folder(new QLabel(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Downloads"));
    setObjectName(u"downloadsDialog"_s);
    resize(860, 420);

    m_table->setModel(m_model);
    m_table->setObjectName(u"downloadsTable"_s);
    m_table->setItemDelegateForColumn(DownloadListModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DownloadListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(DownloadListModel::ProgressColumn, 220);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_pause = commandButton(tr("&Pause"), QKeySequence(tr("Ctrl+P")), u"pause"_s, this);
    m_resume = commandButton(tr("Res&ume"), QKeySequence(tr("Ctrl+R")), u"resume"_s, this);
    m_cancel = commandButton(tr("&Cancel Download"), QKeySequence(QKeySequence::Delete), u"cancel"_s, this);
    m_retry = commandButton(tr("Re&try"), QKeySequence(tr("Ctrl+T")), u"retry"_s, this);
    m_open = commandButton(tr("&Open File"), QKeySequence(tr("Ctrl+O")), u"open-file"_s, this);
    m_showInFolder = commandButton(tr("Show in &Folder"), QKeySequence(tr("Ctrl+Shift+O")), u"show-in-folder"_s, this);

    connect(m_pause, &QPushButton::clicked, this, [this] { command(actions::DownloadStep::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { command(actions::DownloadStep::Resume); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { command(actions::DownloadStep::Cancel); });
    connect(m_retry, &QPushButton::clicked, this, [this] { command(actions::DownloadStep::Retry); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(currentFile())))
            report(tr("No application opens %1.").arg(QDir::toNativeSeparators(currentFile())));
    });
    connect(m_showInFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(currentFile()).absolutePath())); });
    connect(m_table, &QTableView::doubleClicked, m_open, &QPushButton::click);

    auto *folderButton = new QPushButton(tr("Change Fol&der…"), this);
    folderButton->setAutoDefault(false);
    connect(folderButton, &QPushButton::clicked, this, &DownloadsDialog::chooseFolder);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"downloadsMessage"_s);

    auto *commands = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_retry, m_open, m_showInFolder})
        commands->addWidget(button);
    commands->addStretch();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(folderButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);
    layout->addWidget(m_message);
    layout->addLayout(folderRow);
    layout->addWidget(close);

    connect(m_queue, &DownloadThread::changed, m_model, &DownloadListModel::update);
    connect(m_queue, &DownloadThread::progressed, m_model, &DownloadListModel::updateProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DownloadsDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DownloadsDialog::updateButtons);
    reload();
}

void DownloadsDialog::reload()
{
    m_folder->setText(tr("Finished downloads go to %1").arg(QDir::toNativeSeparators(m_queue->folder())));
    // Changes made after the snapshot reach the model as signals, behind this answer.
    actions::readDownloads({nullptr, nullptr, m_queue}, this, [this](const actions::DownloadsSnapshot &snapshot) {
        if (!snapshot.downloads) {
            report(snapshot.downloads.error());
            return;
        }
        m_model->reset(snapshot.downloads.value());
        for (const DownloadProgress &progress : snapshot.running)
            m_model->updateProgress(progress);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
}

void DownloadsDialog::updateButtons()
{
    const Download *d = m_model->downloadAt(m_table->currentIndex().row());
    const DownloadState state = d ? d->state : DownloadState::Cancelled;
    const bool done = d && state == DownloadState::Completed;
    m_pause->setEnabled(d && (state == DownloadState::Queued || state == DownloadState::Running));
    m_resume->setEnabled(d && state == DownloadState::Paused);
    m_cancel->setEnabled(d && !done && state != DownloadState::Cancelled);
    m_retry->setEnabled(d && (state == DownloadState::Failed || state == DownloadState::Cancelled));
    m_open->setEnabled(done);
    m_showInFolder->setEnabled(done);
}

qint64 DownloadsDialog::currentId() const
{
    return m_table->currentIndex().data(DownloadListModel::DownloadIdRole).toLongLong();
}

QString DownloadsDialog::currentFile() const
{
    return m_table->currentIndex().data(DownloadListModel::FileRole).toString();
}

void DownloadsDialog::report(const QString &error)
{
    m_message->setText(error);
}

void DownloadsDialog::command(actions::DownloadStep step)
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    actions::controlDownload({nullptr, nullptr, m_queue}, id, step, this, [this](const actions::Outcome &done) {
        // Done needs no sentence here: the list shows the new state.
        report(done.succeeded() ? QString() : done.message);
    });
}

void DownloadsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Downloads"), m_queue->folder());
    if (folder.isEmpty())
        return;
    emit folderChosen(folder);
}

void DownloadsDialog::showFolderChange(const QString &folder, const actions::Outcome &changed)
{
    report(changed.succeeded() ? QString() : changed.message);
    if (changed.succeeded())
        m_folder->setText(tr("Finished downloads go to %1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace freshet
