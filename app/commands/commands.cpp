#include "command.h"

namespace freshet {

Command infoCommand();
Command parseCommand();

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        infoCommand(),
        parseCommand(),
    };
    return commands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : allCommands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace freshet
