#include "command.h"

namespace freshet {

Command infoCommand();

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        infoCommand(),
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
