// SPDX-License-Identifier: MIT
#include "safefilename.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet::SafeFileName {

namespace {

// Below typical file-system limits of 255 bytes, leaving room for " (99)" and ".part".
constexpr qsizetype MaxNameBytes = 180;

QString lastComponent(const QString &name)
{
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    return slash >= 0 ? name.mid(slash + 1) : name;
}

/// Splits "a.tar.gz" into "a.tar" and ".gz"; an extension is short and has no spaces.
std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > 12 || name.mid(dot).contains(u' '))
        return {name, {}};
    return {name.left(dot), name.mid(dot)};
}

QString truncateUtf8(const QString &text, qsizetype maxBytes)
{
    QString result;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Never split a surrogate pair.
        const qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QString piece = text.mid(i, length);
        const qsizetype pieceBytes = piece.toUtf8().size();
        if (bytes + pieceBytes > maxBytes)
            break;
        result += piece;
        bytes += pieceBytes;
        i += length - 1;
    }
    return result;
}

bool isDeviceName(const QString &stem)
{
    static const QStringList devices = {u"CON"_s,  u"PRN"_s,  u"AUX"_s,  u"NUL"_s,  u"COM1"_s, u"COM2"_s, u"COM3"_s, u"COM4"_s,
                                        u"COM5"_s, u"COM6"_s, u"COM7"_s, u"COM8"_s, u"COM9"_s, u"LPT1"_s, u"LPT2"_s, u"LPT3"_s,
                                        u"LPT4"_s, u"LPT5"_s, u"LPT6"_s, u"LPT7"_s, u"LPT8"_s, u"LPT9"_s};
    return devices.contains(stem.section(u'.', 0, 0).trimmed(), Qt::CaseInsensitive);
}

QString decodeRfc5987(const QByteArray &value)
{
    // charset'language'percent-encoded
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
    if (second < 0)
        return {};
    const QByteArray charset = value.left(first).toLower();
    const QByteArray decoded = QByteArray::fromPercentEncoding(value.mid(second + 1));
    return charset == "utf-8" ? QString::fromUtf8(decoded) : QString::fromLatin1(decoded);
}

} // namespace

QString fromUrl(const QUrl &url)
{
    return lastComponent(url.path(QUrl::FullyDecoded));
}

QString fromContentDisposition(const QByteArray &header)
{
    QString plain;
    QString extended;
    // Parameters are ';'-separated; a quoted value may itself hold ';'.
    qsizetype pos = header.indexOf(';');
    while (pos >= 0 && pos < header.size()) {
        ++pos;
        while (pos < header.size() && (header.at(pos) == ' ' || header.at(pos) == '\t'))
            ++pos;
        const qsizetype equals = header.indexOf('=', pos);
        if (equals < 0)
            break;
        const QByteArray key = header.mid(pos, equals - pos).trimmed().toLower();
        QByteArray value;
        pos = equals + 1;
        if (pos < header.size() && header.at(pos) == '"') {
            ++pos;
            while (pos < header.size() && header.at(pos) != '"') {
                if (header.at(pos) == '\\' && pos + 1 < header.size())
                    ++pos;
                value += header.at(pos++);
            }
            pos = header.indexOf(';', pos);
        } else {
            const qsizetype end = header.indexOf(';', pos);
            value = header.mid(pos, end < 0 ? -1 : end - pos).trimmed();
            pos = end;
        }
        if (key == "filename*")
            extended = decodeRfc5987(value);
        else if (key == "filename")
            plain = QString::fromUtf8(value);
    }
    return extended.isEmpty() ? plain : extended;
}

QString sanitise(const QString &name, const QString &fallback)
{
    QString result;
    for (const QChar c : lastComponent(name)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'\u2028' || c == u'\u2029')
            continue;
        result += QStringView(u"<>:\"|?*").contains(c) ? u'_' : c;
    }
    result = result.trimmed();
    // Leading dots hide the file or climb folders ("..", ".bashrc"); trailing ones and spaces
    // Windows drops silently.
    while (result.startsWith(u'.'))
        result.remove(0, 1);
    while (result.endsWith(u'.') || result.endsWith(u' '))
        result.chop(1);
    if (result.isEmpty())
        return fallback;
    if (isDeviceName(result))
        result.prepend(u'_');
    if (result.toUtf8().size() > MaxNameBytes) {
        const auto [stem, extension] = splitExtension(result);
        result = truncateUtf8(stem, MaxNameBytes - extension.toUtf8().size()).trimmed() + extension;
    }
    return result;
}

QString unique(const QString &name, const std::function<bool(const QString &)> &taken)
{
    if (!taken(name))
        return name;
    const auto [stem, extension] = splitExtension(name);
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)%3"_s.arg(stem).arg(n).arg(extension);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace freshet::SafeFileName
