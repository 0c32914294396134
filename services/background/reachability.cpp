// SPDX-License-Identifier: MIT
#include "reachability.h"

#include <QNetworkInformation>

namespace freshet {

SystemReachability::SystemReachability(QObject *parent) : Reachability(parent)
{
    m_hasBackend = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_hasBackend || !information)
        return;
    connect(information, &QNetworkInformation::reachabilityChanged, this, &Reachability::changed);
    connect(information, &QNetworkInformation::isMeteredChanged, this, &Reachability::changed);
}

bool SystemReachability::isOnline() const
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_hasBackend || !information)
        return true;
    switch (information->reachability()) {
    case QNetworkInformation::Reachability::Disconnected:
    case QNetworkInformation::Reachability::Local: return false;
    case QNetworkInformation::Reachability::Unknown: // the backend does not know: try
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Online: return true;
    }
    return true;
}

bool SystemReachability::isMetered() const
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    return m_hasBackend && information && information->isMetered();
}

} // namespace freshet
