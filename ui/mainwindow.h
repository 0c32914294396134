#pragma once

#include <QMainWindow>

class QTableView;
class QLabel;

namespace freshet {

/// The main window: the feed list, the item table and the item view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool showDebugMenu = false;
        QString profileDir;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);

    QTableView *itemTable() const { return m_itemTable; }

private:
    void createMenus();
    void showAbout();

    Options m_options;
    QTableView *m_itemTable = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace freshet
