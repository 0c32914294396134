// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/feedparser.h"

#include <QFile>
#include <QString>

/// Reads a fixture written for the parser tests (tests/services/parsing/fixtures/).
inline QByteArray fixture(const QString &name)
{
    QFile file(QString::fromLocal8Bit(FRESHET_PARSING_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline freshet::ParsedFeed parseText(const char *xml, const QUrl &url = {})
{
    freshet::ParseOptions options;
    options.documentUrl = url;
    return freshet::FeedParser::parse(QByteArrayView(xml), options);
}
