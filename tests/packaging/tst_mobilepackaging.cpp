// SPDX-License-Identifier: MIT
// The Android package folder and the iOS bundle files as the build assembles them
// (cmake/FreshetMobilePackage.cmake), parsed on Linux: every key the background fetch, the
// launcher and the App Store need. Android and iOS themselves are not built here.
#include "plistdict.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString androidNamespace = u"http://schemas.android.com/apk/res/android"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestMobilePackaging final : public QObject
{
    Q_OBJECT

private:
    const QString m_android = QStringLiteral(FRESHET_MOBILE_DIR) + u"/android"_s;
    const QString m_ios = QStringLiteral(FRESHET_MOBILE_DIR) + u"/ios"_s;

private slots:
    void androidManifestHasWhatTheBackgroundFetchNeeds()
    {
        QXmlStreamReader manifest(readFile(m_android + u"/AndroidManifest.xml"_s));
        QStringList permissions;
        QString icon;
        QString libName;
        bool launcher = false;
        while (!manifest.atEnd()) {
            if (manifest.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = manifest.attributes();
            if (manifest.name() == u"uses-permission"_s)
                permissions << attributes.value(androidNamespace, u"name"_s).toString();
            else if (manifest.name() == u"application"_s)
                icon = attributes.value(androidNamespace, u"icon"_s).toString();
            else if (manifest.name() == u"meta-data"_s && attributes.value(androidNamespace, u"name"_s) == u"android.app.lib_name"_s)
                libName = attributes.value(androidNamespace, u"value"_s).toString();
            else if (manifest.name() == u"category"_s)
                launcher = launcher || attributes.value(androidNamespace, u"name"_s) == u"android.intent.category.LAUNCHER"_s;
        }
        QVERIFY2(!manifest.hasError(), qPrintable(manifest.errorString()));
        // Fetching, waiting for a network, WorkManager's reschedule after a reboot, and the
        // "new items" notice on Android 13+.
        for (const QString &needed : {u"android.permission.INTERNET"_s, u"android.permission.ACCESS_NETWORK_STATE"_s,
                                      u"android.permission.RECEIVE_BOOT_COMPLETED"_s, u"android.permission.POST_NOTIFICATIONS"_s})
            QVERIFY2(permissions.contains(needed), qPrintable(needed));
        QVERIFY(launcher);
        QCOMPARE(libName, u"freshet"_s); // the CMake target's name: the library Qt loads
        QCOMPARE(icon, u"@mipmap/ic_launcher"_s);
        // The WorkManager sources travel with the manifest.
        QVERIFY(QFile::exists(m_android + u"/src/org/freshet/background/FreshetFetchWorker.java"_s));
        QVERIFY(QFile::exists(m_android + u"/src/org/freshet/background/FreshetScheduler.java"_s));
    }

    void androidLauncherIconsAreRenderedInEveryDensity()
    {
        for (const auto &[density, size] : {std::pair{u"mdpi"_s, 48}, std::pair{u"hdpi"_s, 72}, std::pair{u"xhdpi"_s, 96},
                                            std::pair{u"xxhdpi"_s, 144}, std::pair{u"xxxhdpi"_s, 192}}) {
            const QImage icon(m_android + u"/res/mipmap-%1/ic_launcher.png"_s.arg(density));
            QVERIFY2(!icon.isNull(), qPrintable(density));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.pixelColor(size / 2, size / 2).alpha() > 0); // drawn, not blank
        }
    }

    void iosInfoPlistHasWhatTheBackgroundFetchNeeds()
    {
        QString error;
        const auto values = parsePlistDict(readFile(m_ios + u"/Info.plist"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // BGAppRefreshTask runs only with the "fetch" mode and a permitted identifier, which
        // must be the one the bridge registers.
        QCOMPARE(values.value(u"UIBackgroundModes"_s), std::pair(u"array"_s, u"fetch"_s));
        const auto permitted = values.value(u"BGTaskSchedulerPermittedIdentifiers"_s);
        QCOMPARE(permitted.first, u"array"_s);
        const QString bridge = QString::fromUtf8(readFile(QStringLiteral(FRESHET_SOURCE_DIR) + u"/services/background/ios/bgtaskscheduler.mm"_s));
        QVERIFY(bridge.contains(u"refreshTaskIdentifier = @\""_s + permitted.second + u'"'));
        // Filled in by the build: no ${...} left.
        QCOMPARE(values.value(u"CFBundleShortVersionString"_s).second, QStringLiteral(FRESHET_VERSION));
        QCOMPARE(values.value(u"CFBundleVersion"_s).second, QStringLiteral(FRESHET_VERSION));
        QVERIFY(!readFile(m_ios + u"/Info.plist"_s).contains("${"));
        QCOMPARE(values.value(u"CFBundleIdentifier"_s).second, u"org.freshet.Freshet"_s);
        QCOMPARE(values.value(u"CFBundleExecutable"_s).second, u"freshet"_s);
        QCOMPARE(values.value(u"CFBundlePackageType"_s).second, u"APPL"_s);
        QCOMPARE(values.value(u"UILaunchStoryboardName"_s).second, u"LaunchScreen"_s);
        QCOMPARE(values.value(u"CFBundleIconName"_s).second, u"AppIcon"_s);
    }

    void iosLaunchScreenAndIconAreThere()
    {
        QXmlStreamReader storyboard(readFile(m_ios + u"/LaunchScreen.storyboard"_s));
        bool launchScreen = false;
        while (!storyboard.atEnd()) {
            if (storyboard.readNext() == QXmlStreamReader::StartElement && storyboard.name() == u"document"_s)
                launchScreen = storyboard.attributes().value(u"launchScreen"_s) == u"YES"_s;
        }
        QVERIFY2(!storyboard.hasError(), qPrintable(storyboard.errorString()));
        QVERIFY(launchScreen);

        const QString iconSet = m_ios + u"/Assets.xcassets/AppIcon.appiconset/"_s;
        const QJsonArray images = QJsonDocument::fromJson(readFile(iconSet + u"Contents.json"_s)).object().value(u"images"_s).toArray();
        QCOMPARE(images.size(), 1);
        const QJsonObject image = images.first().toObject();
        QCOMPARE(image.value(u"size"_s).toString(), u"1024x1024"_s);
        const QImage icon(iconSet + image.value(u"filename"_s).toString());
        QCOMPARE(icon.size(), QSize(1024, 1024));
        QVERIFY(!icon.hasAlphaChannel()); // the App Store refuses an app icon with one
    }
};

QTEST_GUILESS_MAIN(TestMobilePackaging)
#include "tst_mobilepackaging.moc"
