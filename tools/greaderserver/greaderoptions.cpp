// SPDX-License-Identifier: MIT
#include "greaderoptions.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
ParsedGReaderOptions failure(const QString &message)
{
    ParsedGReaderOptions result;
    result.exitNow = true;
    result.exitCode = 1;
    result.message = message;
    return result;
}
} // namespace

ParsedGReaderOptions parseGReaderOptions(const QStringList &arguments)
{
    ParsedGReaderOptions result;
    GReaderServerOptions &o = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loopback Google Reader API server (as FreshRSS serves it) for Freshet's sync tests. "
                                     "See tools/greaderserver/README.md."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 picks a free one)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption user(u"user"_s, u"The account's user name."_s, u"USER"_s, o.api.user);
    const QCommandLineOption password(u"password"_s, u"The account's (API) password."_s, u"PASSWORD"_s, o.api.password);
    const QCommandLineOption pageSize(u"max-page-size"_s, u"Largest n a listing answers."_s, u"N"_s, QString::number(o.api.maxPageSize));
    const QCommandLineOption log(u"log"_s, u"Print one line per request to stderr."_s);
    const QCommandLineOption exitWithStdin(u"exit-with-stdin"_s, u"Quit when standard input closes."_s);
    parser.addOptions({help, port, user, password, pageSize, log, exitWithStdin});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help)) {
        result.exitNow = true;
        result.message = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(u"unexpected argument: "_s + parser.positionalArguments().first());

    bool ok = false;
    const int portValue = parser.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return failure(u"--port must be 0…65535"_s);
    o.port = quint16(portValue);
    o.api.maxPageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || o.api.maxPageSize < 1 || o.api.maxPageSize > 100000)
        return failure(u"--max-page-size must be 1…100000"_s);
    o.api.user = parser.value(user);
    o.api.password = parser.value(password);
    if (o.api.user.isEmpty())
        return failure(u"--user must not be empty"_s);
    o.log = parser.isSet(log);
    o.exitWithStdin = parser.isSet(exitWithStdin);
    return result;
}
