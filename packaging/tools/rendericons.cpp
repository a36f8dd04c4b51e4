// Renders the application icon into the hicolor PNG sizes that desktop menus and software
// centres look up: rendericons SVG OUTDIR NAME SIZE... writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png.
// A build tool of the packages, not part of Ferry: Qt's own SVG renderer, so no converter
// program is needed on the build machine.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        err << "usage: rendericons SVG OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "rendericons: " << args.at(1) << " is not a valid SVG image\n";
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "rendericons: size " << args.at(i) << " is not a positive number\n";
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        if (!QDir().mkpath(dir)
            || !image.save(dir + u'/' + args.at(3) + QStringLiteral(".png"), "PNG")) {
            err << "rendericons: cannot write " << dir << '\n';
            return 1;
        }
    }
    return 0;
}
