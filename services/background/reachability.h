// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace freshet {

/// Whether the network is there and what it costs, as the in-app scheduler needs to know.
/// An interface so tests can drive reachability without unplugging the machine.
class Reachability : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isOnline() const = 0;
    virtual bool isMetered() const = 0;

signals:
    void changed();
};

/// Reachability from QNetworkInformation (NetworkManager on Linux, the system's own elsewhere).
/// Without a backend the network is taken as online and unmetered: a fetch then fails fast
/// and is retried, which is better than never refreshing.
class SystemReachability final : public Reachability
{
    Q_OBJECT

public:
    explicit SystemReachability(QObject *parent = nullptr);

    bool isOnline() const override;
    bool isMetered() const override;
    bool hasBackend() const { return m_hasBackend; }

private:
    bool m_hasBackend = false;
};

/// A reachability set by hand: for tests, and for platforms whose scheduler gates the
/// network itself.
class FixedReachability final : public Reachability
{
    Q_OBJECT

public:
    using Reachability::Reachability;

    bool isOnline() const override { return m_online; }
    bool isMetered() const override { return m_metered; }
    void set(bool online, bool metered)
    {
        m_online = online;
        m_metered = metered;
        emit changed();
    }

private:
    bool m_online = true;
    bool m_metered = false;
};

} // namespace freshet
