// SPDX-License-Identifier: MIT
#include "command.h"

namespace freshet {

Command infoCommand();
Command repairCommand();
Command addCommand();
Command removeCommand();
Command renameCommand();
Command editCommand();
Command folderCommand();
Command loginCommand();
Command markCommand();
Command listCommand();
Command importCommand();
Command exportCommand();
Command fetchCommand();
Command notifyCommand();
Command scheduleCommand();
Command retentionCommand();
Command itemsCommand();
Command logCommand();
Command parseCommand();
Command downloadsCommand();
Command downloadCommand();
Command accountCommand();
Command syncCommand();
Command autoDownloadCommand();

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        addCommand(),       removeCommand(),   renameCommand(),       editCommand(),  folderCommand(), loginCommand(),
        listCommand(),      importCommand(),   exportCommand(),       fetchCommand(), notifyCommand(), accountCommand(),
        syncCommand(),      scheduleCommand(), retentionCommand(),    itemsCommand(), markCommand(),   logCommand(),
        downloadsCommand(), downloadCommand(), autoDownloadCommand(), infoCommand(),  repairCommand(), parseCommand(),
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
