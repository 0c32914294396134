// Renders Freshet's SVG icon to one square PNG for the hicolor theme. Run by the build, so the
// PNG sizes are generated from the one SVG in every clean clone instead of being committed.
// Usage: freshet-svgtopng INPUT.svg SIZE OUTPUT.png

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
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 4096) {
        err << "usage: freshet-svgtopng INPUT.svg SIZE OUTPUT.png" << Qt::endl;
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "freshet-svgtopng: cannot read " << arguments.at(1) << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
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
