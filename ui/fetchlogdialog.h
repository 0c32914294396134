#pragma once

#include <QDialog>

class QTreeWidget;

namespace freshet {

class StoreThread;

/// Debug > Fetch Log: the recent runs, and for each feed why it was updated, skipped, failed or
/// not modified. Read on the store thread; never blocks the window.
class FetchLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchLogDialog)

public:
    explicit FetchLogDialog(StoreThread *store, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

signals:
    void loaded();

private:
    void reload();

    StoreThread *m_store;
    QTreeWidget *m_tree;
};

} // namespace freshet
