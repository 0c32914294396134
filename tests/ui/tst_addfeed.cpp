// SPDX-License-Identifier: MIT
// The window's Add Feed, clicked and typed into as a person would, over a real profile and the
// real loopback feed server: the dialog stays open with what was typed until a feed is
// subscribed, and says what is wrong inside itself.
#include "addfeeddialog.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedtreeview.h"
#include "mainwindow.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

QAction *addFeedAction(QMenuBar *bar)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == u"&Add Feed…"_s)
                return action;
        }
    }
    return nullptr;
}

QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(which) : nullptr;
}

} // namespace

class TestAddFeed final : public QObject
{
    Q_OBJECT

    FeedServerProcess m_server;

    static AddFeedDialog *openAddFeed(TestWindow &app)
    {
        QAction *add = addFeedAction(app.window->menuBar());
        if (!add)
            return nullptr;
        add->trigger();
        AddFeedDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (dialog = app.window->findChild<AddFeedDialog *>()) != nullptr && dialog->isVisible(); }, 10000);
        return shown ? dialog : nullptr;
    }

    /// Types the address and clicks OK.
    static void submit(AddFeedDialog *dialog, const QString &address)
    {
        auto *field = dialog->findChild<QLineEdit *>(u"feedAddress"_s);
        field->selectAll();
        QTest::keyClicks(field, address);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QStringList subscribed(TestProfile &profile)
    {
        auto store = profile.openStore(u"check"_s);
        const Result<QList<Feed>> feeds = store->feeds();
        QStringList urls;
        for (const Feed &feed : feeds.value())
            urls << feed.url;
        return urls;
    }

    /// The dialog is still open with the text typed, and shows one sentence about it.
    static QString problemShown(AddFeedDialog *dialog, const QString &typed)
    {
        auto *message = dialog->findChild<QLabel *>(u"addFeedMessage"_s);
        if (!message || !QTest::qWaitFor([&] { return message->isVisible() && button(dialog, QDialogButtonBox::Ok)->isEnabled(); }, 30000))
            return {};
        if (!dialog->isVisible() || dialog->address() != typed)
            return {};
        // All of it: a wrapped sentence once showed only its first line and half of the next.
        QCoreApplication::processEvents();
        if (message->height() < message->heightForWidth(message->width()))
            return u"(cut off) "_s + message->text();
        return message->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--items"_s, u"3"_s}), qPrintable(m_server.errorString()));
    }

    void somethingThatIsNoAddressKeepsTheDialogOpen()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        submit(dialog, u"not a url"_s);
        const QString problem = problemShown(dialog, u"not a url"_s);
        QVERIFY2(problem.contains(u"is not a web address"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"not permitted"_s) && !problem.contains(u"Invalid"_s), qPrintable(problem));
        // A sentence over several lines is shown whole.
        const QString pasted = u"the news page of the town library that a friend recommended last week"_s;
        submit(dialog, pasted);
        const QString longProblem = problemShown(dialog, pasted);
        QVERIFY2(longProblem.startsWith(u"'the news page"_s), qPrintable(longProblem));

        // Corrected in place: what was typed is still there to fix.
        submit(dialog, u"not-a-url"_s);
        QVERIFY2(problemShown(dialog, u"not-a-url"_s).contains(u"is not a web address"_s), qPrintable(dialog->address()));
        QVERIFY(subscribed(profile).isEmpty());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(app.window->findChild<AddFeedDialog *>() == nullptr);
    }

    void aMissingPageIsSaidInTheDialog()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        // The answer takes a while: OK waits meanwhile, so a second click cannot start a second lookup.
        const QString address = m_server.url(u"/fault/404?latency=800"_s).toString();
        submit(dialog, address);
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        const QString problem = problemShown(dialog, address);
        QVERIFY2(problem.contains(u"404"_s), qPrintable(problem));
        QVERIFY(subscribed(profile).isEmpty());
    }

    void localhostWithoutASchemeSubscribesOverHttp()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        submit(dialog, u"localhost:%1/gen/2.xml"_s.arg(m_server.port()));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->findChild<AddFeedDialog *>() == nullptr, 20000);
        QCOMPARE(subscribed(profile), QStringList{u"http://localhost:%1/gen/2.xml"_s.arg(m_server.port())});
    }

    void theFolderInViewIsOfferedAndATypedOneIsMade()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/0.xml"_s).toString(), u"Tech"_s).ok());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FeedListModel *feeds = app.window->feedModel();
        app.window->feedList()->setCurrentIndex(feeds->indexOfKey(u"folder:1:Tech"_s));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        auto *folder = dialog->findChild<QComboBox *>(u"addFeedFolder"_s);
        QCOMPARE(folder->currentText(), u"Tech"_s); // the folder in view
        QCOMPARE(folder->findText(u"Tech"_s), 1);   // after "none"
        // A folder that does not exist yet, typed: it is made with the feed.
        folder->lineEdit()->selectAll();
        QTest::keyClicks(folder->lineEdit(), u"Tech/New Ones"_s);
        const QString address = m_server.url(u"/gen/3.xml"_s).toString();
        submit(dialog, address);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->findChild<AddFeedDialog *>() == nullptr, 20000);
        QCOMPARE(profile.openStore(u"check"_s)->localFeedByUrl(address).value()->category, u"Tech/New Ones"_s);
        QTRY_VERIFY(feeds->indexOfKey(u"folder:1:Tech/New Ones"_s).isValid());
    }

    void aFeedAlreadySubscribedIsSaidInTheDialog()
    {
        TestProfile profile;
        const QString address = m_server.url(u"/gen/1.xml"_s).toString();
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(address).ok());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        submit(dialog, address);
        const QString problem = problemShown(dialog, address);
        QVERIFY2(problem.contains(u"Already subscribed"_s), qPrintable(problem));
        QCOMPARE(subscribed(profile), QStringList{address});
    }

    void aPageWithSeveralFeedsOffersThemAndCancellingKeepsTheDialog()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        const QString page = m_server.url(u"/demo/index.html"_s).toString();
        submit(dialog, page);

        QInputDialog *choice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((choice = dialog->findChild<QInputDialog *>(u"feedChoice"_s)) != nullptr && choice->isVisible(), 20000);
        QCOMPARE(choice->comboBoxItems().size(), 2);
        QVERIFY(choice->comboBoxItems().at(0).contains(u"Freshet Demo News"_s));
        QTest::mouseClick(button(choice, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QInputDialog *>(u"feedChoice"_s) == nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->address(), page);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(subscribed(profile).isEmpty());

        // Asked again, the second one is picked.
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((choice = dialog->findChild<QInputDialog *>(u"feedChoice"_s)) != nullptr && choice->isVisible(), 20000);
        auto *feeds = choice->findChild<QComboBox *>();
        QVERIFY(feeds);
        feeds->setCurrentIndex(1);
        QTest::mouseClick(button(choice, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->findChild<AddFeedDialog *>() == nullptr, 20000);
        QCOMPARE(subscribed(profile), QStringList{m_server.url(u"/demo/notes.atom"_s).toString()});
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_MAIN(TestAddFeed)
#include "tst_addfeed.moc"
