// SPDX-License-Identifier: MIT
// The floor under Freshet's fetch engine: the same conditional GETs through Qt's
// QNetworkAccessManager (what FetchService is built on) and nothing else: no parsing, no
// storage, no scheduling. benchfetch.py runs it beside curl, so the table shows how much of
// the gap to curl is Qt's HTTP stack and how much is Freshet.
//
//   freshet-bench-qnam --urls FILE --validators FILE --mode save|compare [--in-flight N]
//
// save: GET every URL, read (and so decompress) every body, keep each ETag and Last-Modified.
// compare: send them back (If-None-Match / If-Modified-Since), read whatever comes.
// Exit 0 when every answer was 200 or 304, 1 otherwise.
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStringList>

#include <cstdio>

namespace {

struct Validators
{
    QByteArray etag;
    QByteArray lastModified;
};

QList<QUrl> readUrls(const QString &path)
{
    QFile file(path);
    QList<QUrl> urls;
    if (!file.open(QIODevice::ReadOnly))
        return urls;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            urls.append(QUrl::fromEncoded(line));
    }
    return urls;
}

QList<Validators> readValidators(const QString &path, qsizetype count)
{
    QList<Validators> all(count);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return all;
    for (qsizetype i = 0; i < count && !file.atEnd(); ++i) {
        const QList<QByteArray> fields = file.readLine().chopped(1).split('\t');
        all[i].etag = fields.value(0);
        all[i].lastModified = fields.value(1);
    }
    return all;
}

bool writeValidators(const QString &path, const QList<Validators> &all)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const Validators &v : all)
        file.write(v.etag + '\t' + v.lastModified + '\n');
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback = {}) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString urlsPath = option(QStringLiteral("--urls"));
    const QString validatorsPath = option(QStringLiteral("--validators"));
    const bool compare = option(QStringLiteral("--mode")) == QLatin1String("compare");
    const int inFlight = std::max(1, option(QStringLiteral("--in-flight"), QStringLiteral("6")).toInt());
    const QList<QUrl> urls = readUrls(urlsPath);
    if (urls.isEmpty() || validatorsPath.isEmpty()) {
        std::fprintf(stderr, "usage: freshet-bench-qnam --urls FILE --validators FILE --mode save|compare [--in-flight N]\n");
        return 2;
    }
    QList<Validators> validators = compare ? readValidators(validatorsPath, urls.size()) : QList<Validators>(urls.size());

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    qsizetype next = 0;
    qsizetype done = 0;
    int failures = 0;
    std::function<void()> launch = [&] {
        if (next >= urls.size())
            return;
        const qsizetype index = next++;
        QNetworkRequest request(urls.at(index));
        if (compare) {
            if (!validators.at(index).etag.isEmpty())
                request.setRawHeader("If-None-Match", validators.at(index).etag);
            if (!validators.at(index).lastModified.isEmpty())
                request.setRawHeader("If-Modified-Since", validators.at(index).lastModified);
        }
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, index] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            if (status == 200) {
                validators[index].etag = reply->rawHeader("ETag");
                validators[index].lastModified = reply->rawHeader("Last-Modified");
            } else if (status != 304) {
                ++failures;
            }
            reply->deleteLater();
            if (++done == urls.size())
                app.quit();
            else
                launch();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        launch();
    app.exec();
    if (!compare && !writeValidators(validatorsPath, validators))
        return 1;
    if (failures > 0) {
        std::fprintf(stderr, "%d requests failed\n", failures);
        return 1;
    }
    return 0;
}
