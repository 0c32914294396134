// SPDX-License-Identifier: MIT
#include "terminaloutput.h"

#include <QTextStream>

namespace freshet {

namespace {

constexpr char utf8LeadOfC1 = char(0xC2);

bool isC0Escaped(unsigned char byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F;
}

void appendHex(QByteArray &out, const char *prefix, unsigned char byte)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += prefix;
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
}

} // namespace

TerminalOutput::TerminalOutput(std::FILE *stream, QObject *parent) : QIODevice(parent)
{
    // Unbuffered on the descriptor: what this device was given is out before writeControl()
    // writes, and nothing waits in a buffer of its own when the process exits.
    if (m_file.open(fileno(stream), QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    close();
}

void TerminalOutput::close()
{
    if (!isOpen())
        return;
    // Text never ends half-way through a character; a lone 0xC2 is written as it came.
    m_file.write(m_pending);
    m_pending.clear();
    QIODevice::close();
}

void TerminalOutput::writeControl(QByteArrayView bytes)
{
    m_file.write(m_pending);
    m_pending.clear();
    m_file.write(bytes.data(), bytes.size());
}

QByteArray TerminalOutput::escapeControls(QByteArrayView utf8, QByteArray *pending)
{
    QByteArray text = *pending;
    text.append(utf8.data(), utf8.size());
    pending->clear();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (isC0Escaped(byte)) {
            appendHex(out, "\\x", byte);
        } else if (text.at(i) == utf8LeadOfC1) {
            if (i + 1 == text.size()) {
                *pending = text.right(1);
                break;
            }
            const auto next = static_cast<unsigned char>(text.at(i + 1));
            if (next >= 0x80 && next <= 0x9F) {
                appendHex(out, "\\u00", next);
                ++i;
            } else {
                out += text.at(i);
            }
        } else {
            out += text.at(i);
        }
    }
    return out;
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QByteArray escaped = escapeControls(QByteArrayView(data, size), &m_pending);
    if (m_file.write(escaped) != escaped.size()) {
        setErrorString(m_file.errorString());
        return -1;
    }
    return size;
}

void writeTerminalControl(QTextStream &stream, QByteArrayView bytes)
{
    stream.flush();
    if (auto *terminal = qobject_cast<TerminalOutput *>(stream.device()))
        terminal->writeControl(bytes);
    else
        stream << QString::fromUtf8(bytes);
}

} // namespace freshet
