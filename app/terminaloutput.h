// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QIODevice>

#include <cstdio>

class QTextStream;

namespace freshet {

/// Where the command line's text goes (standard output or error). Control characters in what it
/// is given (C0 but tab and newline, DEL, C1) come out as visible escapes (\x1b, \u009b): a feed's
/// title, an item's text or a server's error message cannot retitle the terminal, move the
/// cursor or clear the screen. Every command writes through one, so none can forget it; only
/// writeControl() reaches the terminal unchanged.
class TerminalOutput final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalOutput)

public:
    /// Opens for writing on the stream's file descriptor.
    explicit TerminalOutput(std::FILE *stream, QObject *parent = nullptr);
    ~TerminalOutput() override;

    bool isSequential() const override { return true; }
    void close() override;

    /// Writes these bytes as they are, for the few controls a command means (a progress line
    /// that rewrites itself).
    void writeControl(QByteArrayView bytes);

    /// UTF-8 text with its control characters replaced by visible escapes. A trailing 0xC2 (the
    /// first half of a C1 character, or of any U+0080…U+00BF) is left in `pending` for the next
    /// call to decide.
    static QByteArray escapeControls(QByteArrayView utf8, QByteArray *pending);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QByteArray m_pending;
};

/// Writes terminal control bytes where the stream goes: unchanged through a TerminalOutput,
/// after what the stream holds, and as plain text through any other device.
void writeTerminalControl(QTextStream &stream, QByteArrayView bytes);

} // namespace freshet
