// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"

#include <QDialog>

namespace freshet {

/// What Freshet knows about one feed, to read: where it is, when it was last fetched and what
/// came of it (the HTTP status, the last error), and when it is checked next and why. Every
/// value can be selected and copied, for a bug report or a question to the feed's owner.
class FeedPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPropertiesDialog)

public:
    explicit FeedPropertiesDialog(const Feed &feed, QWidget *parent = nullptr);
    ~FeedPropertiesDialog() override = default;
};

} // namespace freshet
