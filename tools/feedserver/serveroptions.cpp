// SPDX-License-Identifier: MIT
#include "serveroptions.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
struct IntOption
{
    QString name;
    int *target;
    int minimum;
    int maximum;
};
} // namespace

ParsedOptions parseServerOptions(const QStringList &arguments)
{
    ParsedOptions result;
    ServerOptions &o = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loopback HTTP/1.1 server of feeds, faults and large files for Freshet's tests, "
                                     "benchmarks and offline demo. See tools/feedserver/README.md."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 picks a free one)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption portFile(u"port-file"_s, u"Also write the port to FILE."_s, u"FILE"_s);
    const QCommandLineOption fixtures(u"fixtures"_s, u"Serve DIR under /fixtures/."_s, u"DIR"_s);
    const QCommandLineOption feeds(u"feeds"_s, u"Number of generated feeds."_s, u"N"_s, QString::number(o.feeds));
    const QCommandLineOption items(u"items"_s, u"Items per generated feed."_s, u"M"_s, QString::number(o.items));
    const QCommandLineOption content(u"content-bytes"_s, u"Also give every generated item about N bytes of article HTML (0: a summary only)."_s,
                                     u"N"_s, u"0"_s);
    const QCommandLineOption every(u"new-item-every"_s, u"A new item in every generated feed every SECONDS (0: never)."_s, u"SECONDS"_s, u"0"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay before every response."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption user(u"auth-user"_s, u"User name for /auth/basic/."_s, u"USER"_s, o.authUser);
    const QCommandLineOption password(u"auth-password"_s, u"Password for /auth/basic/."_s, u"PASSWORD"_s, o.authPassword);
    const QCommandLineOption token(u"auth-token"_s, u"Token for /auth/bearer/."_s, u"TOKEN"_s, o.authToken);
    const QCommandLineOption demo(u"demo"_s, u"Prepare the demo content at start and print its URLs to stderr."_s);
    const QCommandLineOption log(u"log"_s, u"Print one line per request to stderr."_s);
    const QCommandLineOption exitWithStdin(u"exit-with-stdin"_s, u"Quit when standard input closes."_s);
    const QCommandLineOption maxConnections(u"max-connections"_s, u"Simultaneous connections (more get 503)."_s, u"N"_s,
                                            QString::number(o.maxConnections));
    const QCommandLineOption hosts(u"loopback-hosts"_s, u"Also listen on 127.0.0.2 to 127.0.0.(1+N), on the same port (all loopback on Linux)."_s,
                                   u"N"_s, u"0"_s);
    const QCommandLineOption idle(u"idle-timeout"_s, u"Close a connection idle between requests after SECONDS."_s, u"SECONDS"_s,
                                  QString::number(o.idleTimeoutSeconds));
    parser.addOptions({help, port, portFile, fixtures, feeds, items, content, every, latency, user, password, token, demo, log,
                       exitWithStdin, maxConnections, idle, hosts});

    if (!parser.parse(arguments)) {
        result.exitNow = true;
        result.exitCode = 1;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.exitNow = true;
        result.message = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.exitNow = true;
        result.exitCode = 1;
        result.message = u"unexpected argument: "_s + parser.positionalArguments().first();
        return result;
    }

    int portValue = 0;
    const IntOption ints[] = {
        {u"port"_s, &portValue, 0, 65535},
        {u"feeds"_s, &o.feeds, 1, 1000000},
        {u"items"_s, &o.items, 0, 100000},
        {u"content-bytes"_s, &o.contentBytes, 0, 1000000},
        {u"new-item-every"_s, &o.newItemEverySeconds, 0, 86400 * 365},
        {u"latency-ms"_s, &o.latencyMs, 0, 600000},
        {u"max-connections"_s, &o.maxConnections, 1, 100000},
        {u"idle-timeout"_s, &o.idleTimeoutSeconds, 1, 86400},
        {u"loopback-hosts"_s, &o.extraLoopbackHosts, 0, 253},
    };
    for (const IntOption &option : ints) {
        bool ok = false;
        const int value = parser.value(option.name).toInt(&ok);
        if (!ok || value < option.minimum || value > option.maximum) {
            result.exitNow = true;
            result.exitCode = 1;
            result.message = u"--%1 must be an integer from %2 to %3"_s.arg(option.name).arg(option.minimum).arg(option.maximum);
            return result;
        }
        *option.target = value;
    }
    o.port = static_cast<quint16>(portValue);
    o.portFile = parser.value(portFile);
    o.fixturesDir = parser.value(fixtures);
    o.authUser = parser.value(user);
    o.authPassword = parser.value(password);
    o.authToken = parser.value(token);
    o.demo = parser.isSet(demo);
    o.log = parser.isSet(log);
    o.exitWithStdin = parser.isSet(exitWithStdin);
    return result;
}
