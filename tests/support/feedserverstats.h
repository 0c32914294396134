// SPDX-License-Identifier: MIT
#pragma once

#include "feedserverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

/// What the loopback feed server counted since it started (or its last reset): /control/stats.
inline QJsonObject feedServerStats(const FeedServerProcess &server)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(server.url(QStringLiteral("/control/stats"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("the feed server's stats did not come");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// How many answers with this HTTP status the server has sent.
inline qint64 servedWithStatus(const FeedServerProcess &server, int status)
{
    return feedServerStats(server).value(QStringLiteral("byStatus")).toObject().value(QString::number(status)).toInteger();
}
