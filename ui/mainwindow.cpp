#include "mainwindow.h"

#include "aboutdialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options)
{
    setWindowTitle(tr("Freshet"));
    setObjectName(u"mainWindow"_s);
    resize(1100, 700);

    m_itemTable = new QTableView(this);
    m_itemTable->setObjectName(u"itemTable"_s);
    m_itemTable->setAccessibleName(tr("Items"));
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSortingEnabled(true);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_itemTable);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setText(tr("Data folder: %1").arg(m_options.profileDir));
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Freshet"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace freshet
