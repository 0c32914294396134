// SPDX-License-Identifier: MIT
#include "secretinput.h"

#include "commandsupport.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace freshet {

namespace {

/// Turns terminal echo off for its lifetime, and back on whatever happens.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

/// One line from stdin without its line ending; stdio rather than QTextStream, so nothing of
/// the secret is left in a buffer that outlives this call.
std::optional<std::string> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

Result<QString> readSecret(const QString &prompt, QTextStream &err)
{
    std::optional<std::string> line;
    if (stdinIsTerminal()) {
        err << prompt << Qt::flush;
        EchoOff quiet;
        line = readLine();
    } else {
        line = readLine();
    }
    if (!line || line->empty())
        return Result<QString>::failure(Cli::tr("No password or token was given: type it when asked, or pipe it to standard input. "
                                                "It is never taken from the command line."));
    QString secret = QString::fromStdString(*line);
    std::fill(line->begin(), line->end(), '\0');
    return Result<QString>::success(std::move(secret));
}

} // namespace freshet
