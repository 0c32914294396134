// SPDX-License-Identifier: MIT
#include "syncclients.h"

#include "sync/greader/greaderclient.h"
#include "sync/ttrss/ttrssclient.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

class SyncProtocolMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SyncProtocolMessages)
};

QStringList syncProtocols()
{
    return {u"ttrss"_s, u"greader"_s};
}

SyncClient *createSyncClient(const QString &protocol)
{
    if (protocol == u"ttrss"_s)
        return new TtRssClient;
    if (protocol == u"greader"_s)
        return new GoogleReaderClient;
    return nullptr;
}

QString protocolDisplayName(const QString &protocol)
{
    if (protocol == u"ttrss"_s)
        return SyncProtocolMessages::tr("Tiny Tiny RSS");
    if (protocol == u"greader"_s)
        return SyncProtocolMessages::tr("Google Reader API (FreshRSS, Miniflux)");
    if (protocol == u"local"_s)
        return SyncProtocolMessages::tr("On this device");
    return protocol;
}

} // namespace freshet::sync
