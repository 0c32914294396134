// SPDX-License-Identifier: MIT
#include "formbody.h"

namespace {
QString decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

FormBody::FormBody(const QByteArray &body)
{
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        m_fields.append({decodeFormPart(name), decodeFormPart(value)});
    }
}

bool FormBody::has(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString FormBody::value(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QStringList FormBody::values(const QString &name) const
{
    QStringList result;
    for (const auto &field : m_fields) {
        if (field.first == name)
            result.append(field.second);
    }
    return result;
}
