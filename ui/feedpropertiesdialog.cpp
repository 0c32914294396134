// SPDX-License-Identifier: MIT
#include "feedpropertiesdialog.h"

#include "actions/fetchreport.h"
#include "fetchrun.h"
#include "ratelimit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

/// The last attempt's outcome in words; the store keeps its machine name.
QString outcomeWords(const QString &name)
{
    for (FeedOutcome outcome : {FeedOutcome::Updated, FeedOutcome::NoNewItems, FeedOutcome::NotModified, FeedOutcome::Failed,
                                FeedOutcome::Disabled, FeedOutcome::Skipped}) {
        if (feedOutcomeName(outcome) == name)
            return actions::FetchReport::outcome(outcome);
    }
    return name;
}

} // namespace

FeedPropertiesDialog::FeedPropertiesDialog(const Feed &feed, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"feedPropertiesDialog"_s);
    setWindowTitle(tr("Properties of %1").arg(feed.displayTitle()));
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
        form->addRow(label, field);
    };
    row(tr("Name:"), feed.displayTitle(), u"propertyName"_s);
    row(tr("Address:"), feed.url, u"propertyAddress"_s);
    if (!feed.siteLink.isEmpty())
        row(tr("Website:"), feed.siteLink, u"propertyWebsite"_s);
    row(tr("Account:"), feed.isSynced() ? feed.accountName : tr("On this computer"), u"propertyAccount"_s);
    row(tr("Folder:"), feed.category.isEmpty() ? tr("None") : feed.category, u"propertyFolder"_s);
    row(tr("Items:"), tr("%1, %2 unread").arg(QLocale().toString(feed.itemCount), QLocale().toString(feed.unreadCount)), u"propertyItems"_s);
    if (feed.addedAt.isValid())
        row(tr("Added:"), when(feed.addedAt), u"propertyAdded"_s);

    if (!feed.lastFetchAt.isValid()) {
        row(tr("Last fetch:"), tr("Never fetched yet"), u"propertyLastFetch"_s);
    } else {
        QString last = when(feed.lastFetchAt);
        if (!feed.lastResult.isEmpty())
            last += u" — "_s + outcomeWords(feed.lastResult);
        row(tr("Last fetch:"), last, u"propertyLastFetch"_s);
        row(tr("HTTP status:"), feed.lastHttpStatus > 0 ? QString::number(feed.lastHttpStatus) : tr("No answer"), u"propertyHttpStatus"_s);
    }
    if (!feed.lastError.isEmpty()) {
        QString error = feed.lastError;
        if (feed.lastErrorAt.isValid())
            error = tr("%1 (%2)").arg(error, when(feed.lastErrorAt));
        if (feed.consecutiveErrors > 1)
            error += u'\n' + tr("Failed %n time(s) in a row.", nullptr, feed.consecutiveErrors);
        row(tr("Last error:"), error, u"propertyLastError"_s);
    }
    if (feed.isDisabled()) {
        row(tr("Next check:"), tr("Never: %1").arg(feed.disabledReason), u"propertyNextCheck"_s);
    } else if (feed.isSynced()) {
        row(tr("Next check:"), tr("With the next sync of “%1”").arg(feed.accountName), u"propertyNextCheck"_s);
    } else if (feed.nextDueAt.isValid()) {
        QString next = when(feed.nextDueAt);
        if (!feed.nextDueReason.isEmpty())
            next += u'\n' + tr("Why: %1").arg(feed.nextDueReason);
        if (feed.isRateLimitedAt(QDateTime::currentDateTimeUtc()))
            next += u'\n' + rateLimitedUntilText(feed.retryAfterAt);
        row(tr("Next check:"), next, u"propertyNextCheck"_s);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace freshet
