// SPDX-License-Identifier: MIT
// Renders Freshet's SVG icon to one square PNG for the hicolor theme. Run by the build, so the
// PNG sizes are generated from the one SVG in every clean clone instead of being committed.
// Usage: freshet-svgtopng INPUT.svg SIZE OUTPUT.png [BACKGROUND]
// With a BACKGROUND colour (#rrggbb) the PNG has no alpha channel at all, as the App Store
// wants of an iOS app icon.

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // No QGuiApplication: the icon is shapes only, and a build machine may lack every QPA plugin.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.size() == 4 || arguments.size() == 5 ? arguments.at(2).toInt(&sizeOk) : 0;
    const QColor background = arguments.size() == 5 ? QColor::fromString(arguments.at(4)) : QColor(Qt::transparent);
    if (!sizeOk || size < 1 || size > 4096 || !background.isValid()) {
        err << "usage: freshet-svgtopng INPUT.svg SIZE OUTPUT.png [BACKGROUND]" << Qt::endl;
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "freshet-svgtopng: cannot read " << arguments.at(1) << Qt::endl;
        return 1;
    }
    QImage image(size, size, background.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(arguments.at(3), "PNG")) {
        err << "freshet-svgtopng: cannot write " << arguments.at(3) << Qt::endl;
        return 1;
    }
    return 0;
}
