#include "commandsupport.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

std::unique_ptr<FeedStore> openStoreOrReport(CommandContext &context)
{
    Result<std::unique_ptr<FeedStore>> store = FeedStore::open(context.profile.databasePath(), u"freshet-cli"_s);
    if (!store) {
        reportFailure(context, store.error());
        return nullptr;
    }
    return std::move(store).value();
}

int reportFailure(CommandContext &context, const QString &message)
{
    context.err << "freshet: " << message << Qt::endl;
    return ExitUsageOrInput;
}

bool checkArgumentCount(CommandContext &context, qsizetype minimum, qsizetype maximum)
{
    if (context.arguments.size() < minimum) {
        reportFailure(context, Cli::tr("missing argument. Try 'freshet COMMAND --help'."));
        return false;
    }
    if (context.arguments.size() > maximum) {
        reportFailure(context, QCoreApplication::translate("main", "unexpected argument '%1'.").arg(context.arguments.at(maximum)));
        return false;
    }
    return true;
}

void printJson(CommandContext &context, const QJsonDocument &document)
{
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out.flush();
}

QString humanTime(const QDateTime &time)
{
    if (!time.isValid())
        return Cli::tr("never");
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QJsonValue jsonTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace freshet
