// SPDX-License-Identifier: MIT
#include "conformancecompare.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

// Keys that describe the case rather than assert anything about the result.
const QSet<QString> informational = {
    u"schema"_s,
    u"source"_s,
    u"input"_s,
    u"input_xml_wellformed"_s,
    u"input_xml_error"_s,
    u"complete_fields"_s,
    u"ambiguities"_s,
    u"unconverted_assertions"_s,
    u"format_detected"_s,
    u"items_at"_s,
    u"forbidden_substrings"_s,
};
const QSet<QString> dateKeys = {u"published"_s, u"updated"_s};

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return true;
    case QJsonValue::String: return value.toString().isEmpty();
    case QJsonValue::Array: return value.toArray().isEmpty();
    case QJsonValue::Object: return value.toObject().isEmpty();
    default: return false;
    }
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u'\'' + value.toString() + u'\'';
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Undefined: return u"(absent)"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::Array: return u"[%1 entries]"_s.arg(value.toArray().size());
    case QJsonValue::Object: return u"{...}"_s;
    }
    return {};
}

QDateTime instant(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::ISODate);
    return date.toUTC();
}

// Encoding names differ between Python codecs and IANA/ICU; these are the same encodings.
QString canonicalEncoding(QString name)
{
    name = name.toLower().remove(u'_').remove(u'-');
    if (name == u"latin1"_s || name == u"iso88591"_s)
        return u"iso88591"_s;
    if (name == u"cp1252"_s)
        return u"windows1252"_s;
    if (name == u"eucjp"_s || name == u"eucjis2004"_s)
        return u"eucjp"_s;
    return name;
}

void compareValue(const QString &path, const QString &key, const QJsonValue &expected, const QJsonValue &actual, bool exactArrays,
                  QStringList &out);

void compareObject(const QString &path, const QJsonObject &expected, const QJsonObject &actual, const QStringList &complete,
                   bool exactArrays, QStringList &out)
{
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (path.isEmpty() && informational.contains(it.key()))
            continue;
        const QString where = path.isEmpty() ? it.key() : path + u'.' + it.key();
        compareValue(where, it.key(), it.value(), actual.value(it.key()), exactArrays, out);
    }
    for (const QString &key : complete) {
        if (expected.contains(key))
            continue;
        if (!isEmptyValue(actual.value(key)))
            out.append(u"%1: expected empty (complete field), got %2"_s.arg(path.isEmpty() ? key : path + u'.' + key, shown(actual.value(key))));
    }
}

void compareValue(const QString &path, const QString &key, const QJsonValue &expected, const QJsonValue &actual, bool exactArrays, QStringList &out)
{
    if (expected.isNull()) {
        if (!isEmptyValue(actual))
            out.append(u"%1: expected absent or empty, got %2"_s.arg(path, shown(actual)));
        return;
    }
    if (dateKeys.contains(key) && expected.isString()) {
        const QDateTime want = instant(expected.toString());
        const QDateTime got = actual.isString() ? instant(actual.toString()) : QDateTime();
        if (!got.isValid() || want != got)
            out.append(u"%1: expected %2, got %3"_s.arg(path, shown(expected), shown(actual)));
        return;
    }
    if (key == u"encoding"_s) {
        if (canonicalEncoding(expected.toString()) != canonicalEncoding(actual.toString()))
            out.append(u"%1: expected %2, got %3"_s.arg(path, shown(expected), shown(actual)));
        return;
    }
    if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray got = actual.toArray();
        if (exactArrays ? got.size() != want.size() : got.size() < want.size()) {
            out.append(u"%1: expected %2 entries, got %3"_s.arg(path).arg(want.size()).arg(got.size()));
            return;
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            compareValue(u"%1[%2]"_s.arg(path).arg(i), key, want.at(i), got.at(i), exactArrays, out);
        return;
    }
    if (expected.isObject()) {
        compareObject(path, expected.toObject(), actual.toObject(), {}, exactArrays, out);
        return;
    }
    if (expected != actual)
        out.append(u"%1: expected %2, got %3"_s.arg(path, shown(expected), shown(actual)));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list.append(entry.toString());
    return list;
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            collectStrings(entry, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectStrings(it.value(), out);
    }
}

} // namespace

QStringList ConformanceCompare::mismatches(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList out;
    const QJsonObject complete = expected.value("complete_fields"_L1).toObject();
    // Where the source compares whole structures (complete_fields), lists must match in length;
    // elsewhere an expectation lists only the leading entries it asserts.
    const bool exact = !complete.isEmpty();
    QJsonObject top = expected;
    top.remove(u"items"_s);
    compareObject({}, top, actual, stringList(complete.value("feed"_L1)), exact, out);

    const QJsonArray wantItems = expected.value("items"_L1).toArray();
    const QJsonArray gotItems = actual.value("items"_L1).toArray();
    const QStringList itemComplete = stringList(complete.value("item"_L1));
    for (qsizetype i = 0; i < wantItems.size(); ++i) {
        const QString path = u"items[%1]"_s.arg(i);
        if (i >= gotItems.size()) {
            out.append(u"%1: missing (only %2 items)"_s.arg(path).arg(gotItems.size()));
            continue;
        }
        compareObject(path, wantItems.at(i).toObject(), gotItems.at(i).toObject(), itemComplete, exact, out);
    }
    const QJsonObject sparse = expected.value("items_at"_L1).toObject();
    for (auto it = sparse.constBegin(); it != sparse.constEnd(); ++it) {
        const qsizetype index = it.key().toLongLong();
        const QString path = u"items[%1]"_s.arg(index);
        if (index >= gotItems.size())
            out.append(u"%1: missing (only %2 items)"_s.arg(path).arg(gotItems.size()));
        else
            compareObject(path, it.value().toObject(), gotItems.at(index).toObject(), itemComplete, exact, out);
    }
    const QStringList forbidden = stringList(expected.value("forbidden_substrings"_L1));
    if (!forbidden.isEmpty()) {
        QStringList values;
        collectStrings(actual, values);
        for (const QString &needle : forbidden) {
            for (const QString &value : std::as_const(values)) {
                if (value.contains(needle)) {
                    out.append(u"forbidden substring '%1' appears in the result"_s.arg(needle));
                    break;
                }
            }
        }
    }
    return out;
}
