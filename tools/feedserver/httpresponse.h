// SPDX-License-Identifier: MIT
#pragma once

#include "bodysource.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

/// How the bytes of a response reach the wire. The defaults send everything as fast as the
/// socket takes it; faults and slow servers change them.
struct Delivery
{
    int latencyMs = 0;               ///< wait before the status line
    bool stallBeforeHeaders = false; ///< never answer at all
    qint64 stallAfterBodyBytes = -1; ///< send this much body, then nothing, forever
    qint64 dropAfterBodyBytes = -1;  ///< send this much body, then close the connection
    qint64 paceBytes = 0;            ///< with paceIntervalMs: at most paceBytes per interval
    int paceIntervalMs = 0;
};

/// A response: status, headers, a body source, and the delivery plan.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::unique_ptr<BodySource> body;
    /// No Content-Length: the body ends when the connection closes.
    bool closeDelimited = false;
    /// Close the connection after this response even if the client wants keep-alive.
    bool closeConnection = false;
    Delivery delivery;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    qint64 bodySize() const { return body ? body->size() : 0; }

    static HttpResponse bytes(int status, const QByteArray &contentType, QByteArray body);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse json(int status, const QByteArray &json);
    static HttpResponse error(int status);
};

namespace HttpStatus {
QByteArray reason(int status);
}
