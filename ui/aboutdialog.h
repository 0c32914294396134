// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace freshet {

/// Version, Qt version and the licenses of what Freshet ships.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace freshet
