// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>

#include <functional>

namespace freshet {

/// The one place a command waits: it starts something asynchronous (an action, a keychain call,
/// a server's answer) and runs an event loop until the answer arrives, since a command has
/// nothing else to do meanwhile. start(context, answer) must make answer(...) be called once,
/// with context as the receiver of whatever it connects; an answer given before start returns
/// is kept too.
template <typename Answer, typename Start>
Answer awaitAnswer(Answer unanswered, Start start)
{
    QEventLoop loop;
    Answer outcome = std::move(unanswered);
    bool finished = false;
    start(static_cast<QObject *>(&loop), std::function<void(const Answer &)>([&](const Answer &answer) {
              outcome = answer;
              finished = true;
              loop.quit();
          }));
    if (!finished)
        loop.exec();
    return outcome;
}

} // namespace freshet
