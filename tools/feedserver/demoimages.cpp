// SPDX-License-Identifier: MIT
#include "demoimages.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>

namespace {
QPainterPath ridge(int width, int height, double baseline, double amplitude, double phase, int peaks)
{
    QPainterPath path(QPointF(0, height));
    for (int x = 0; x <= width; x += 4) {
        const double t = double(x) / width;
        const double y = baseline - amplitude * (0.6 * std::sin(t * peaks * 3.14159 + phase) + 0.4 * std::sin(t * peaks * 7.3 + phase * 2));
        path.lineTo(x, y);
    }
    path.lineTo(width, height);
    path.closeSubpath();
    return path;
}
} // namespace

namespace DemoImages {

QByteArray png(int number, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(width / 640.0, height / 427.0); // drawn once at 640 × 427, scaled for thumbnails
    const int w = 640;
    const int h = 427;
    const int hue = (number * 29) % 360;

    QLinearGradient sky(0, 0, 0, h * 0.7);
    sky.setColorAt(0, QColor::fromHsv(hue, 160, 120));
    sky.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 110, 255));
    painter.fillRect(QRectF(0, 0, w, h), sky);

    const QPointF sunCentre(120 + (number * 53) % 400, 90 + (number * 17) % 60);
    QRadialGradient sun(sunCentre, 60);
    sun.setColorAt(0, QColor::fromHsv((hue + 60) % 360, 40, 255));
    sun.setColorAt(0.5, QColor::fromHsv((hue + 50) % 360, 120, 255, 200));
    sun.setColorAt(1, Qt::transparent);
    painter.setPen(Qt::NoPen);
    painter.setBrush(sun);
    painter.drawEllipse(sunCentre, 60, 60);

    for (int layer = 0; layer < 3; ++layer) {
        painter.setBrush(QColor::fromHsv((hue + 180 + layer * 20) % 360, 90 + layer * 40, 170 - layer * 45));
        painter.drawPath(ridge(w, h, h * (0.45 + layer * 0.1), 40 - layer * 8, number * 0.7 + layer, 2 + layer));
    }

    QLinearGradient water(0, h * 0.78, 0, h);
    water.setColorAt(0, QColor::fromHsv((hue + 200) % 360, 150, 200));
    water.setColorAt(1, QColor::fromHsv((hue + 220) % 360, 200, 90));
    painter.setBrush(water);
    painter.drawRect(QRectF(0, h * 0.78, w, h * 0.22));
    painter.setPen(QPen(QColor(255, 255, 255, 90), 2));
    for (int line = 0; line < 6; ++line) {
        const double y = h * 0.8 + line * 14;
        painter.drawLine(QPointF(sunCentre.x() - 50 + line * 6, y), QPointF(sunCentre.x() + 50 - line * 6, y));
    }
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace DemoImages
