// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace freshet {

/// A one-line label that ends a text too long for its room with "…" instead of cutting it
/// off mid-letter, and keeps the whole text for its tooltip and for screen readers. It asks
/// for no more width than a few letters, so it never pushes its neighbours away.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace freshet
