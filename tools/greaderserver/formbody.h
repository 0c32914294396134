// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// An application/x-www-form-urlencoded body. Unlike QUrlQuery it turns '+' into a space, as
/// browsers and HTTP clients encode forms, and it keeps repeated names (`i=1&i=2`) in order.
class FormBody final
{
public:
    FormBody() = default;
    explicit FormBody(const QByteArray &body);

    bool has(const QString &name) const;
    /// The first value of `name`; empty when absent.
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;

private:
    QList<QPair<QString, QString>> m_fields;
};
