// SPDX-License-Identifier: MIT
#include "firstpaintprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QElapsedTimer &mainClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock;
}

/// The time the process already spent before main() (loading Qt's libraries), from
/// /proc/self/stat's start time against /proc/uptime; 0 where /proc does not say.
double secondsBeforeMain()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray statLine = stat.readAll();
    // Field 22, counted after the command name in parentheses (which may contain spaces).
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (fields.size() < 20 || ticks <= 0)
        return 0;
    const double startedAt = fields.at(19).toDouble() / ticks;
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return std::max(0.0, now - startedAt - double(mainClock().elapsed()) / 1000.0);
}

class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QAbstractItemView *view, double beforeMain)
        : QObject(view), m_view(view), m_viewport(view->viewport()), m_beforeMain(beforeMain)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The viewport kept, not asked of the view: a view being destroyed still sends its
        // viewport events.
        if (watched == m_viewport && event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // Report after this paint has reached the screen's backing store.
            QTimer::singleShot(0, this, [this] {
                const qint64 ms = qint64(m_beforeMain * 1000.0) + mainClock().elapsed();
                QTextStream(stdout) << "first-paint-ms " << ms << " rows " << m_view->model()->rowCount() << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
    QWidget *m_viewport;
    double m_beforeMain;
    bool m_reported = false;
};

} // namespace

qint64 millisecondsSinceProcessStart()
{
    return qint64(secondsBeforeMain() * 1000.0) + mainClock().elapsed();
}

void installFirstPaintProbe(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new FirstPaintProbe(view, secondsBeforeMain()));
}

} // namespace freshet
