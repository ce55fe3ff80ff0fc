// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// What a server or a user typed is never shown as markup. The panes connect to a fake server that
// answers markup, bidirectional overrides, invisible characters and very long strings in every field
// the console shows (HostileServer); the widgets must show each as the text it is: markup literally,
// hidden characters written out (\u202E), no link, image or heading drawn, and a confirmation names
// the exact JID it acts on.

#include "HostileServer.h"
#include "PaneHarness.h"
#include "PlainTextCheck.h"
#include "activity/ActivityLogPane.h"
#include "audit/ActivityLogModel.h"
#include "dashboard/BarChart.h"
#include "dashboard/DashboardPane.h"
#include "groups/GroupsPane.h"
#include "input/VisibleText.h"
#include "models/GroupsModel.h"
#include "models/ModulesModel.h"
#include "models/RosterModel.h"
#include "models/SessionsModel.h"
#include "models/UsersModel.h"
#include "models/WhitelistModel.h"
#include "modules/ModulesPane.h"
#include "rosters/RostersPane.h"
#include "session/ServerSession.h"
#include "sessions/SessionsPane.h"
#include "users/UsersPane.h"
#include "users/VcardDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"
#include "widgets/PlainTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlainTextCheck;

namespace {

// The text a view draws in a cell.
QString shownCell(const QAbstractItemView* view, const QModelIndex& index)
{
    const auto* delegate = qobject_cast<const QStyledItemDelegate*>(view->itemDelegateForIndex(index));
    return delegate ? delegate->displayText(index.data(), QLocale()) : QStringLiteral("(no styled delegate)");
}

// The tooltip a view shows for a cell, as QToolTip gets it (the delegate's help event).
QLabel* shownToolTip(QAbstractItemView* view, const QModelIndex& index)
{
    QToolTip::hideText();
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->inherits("QTipLabel") && window->isVisible())
            return qobject_cast<QLabel*>(window);
    }
    return nullptr;
}

int rowOf(const QAbstractItemModel* model, int column, int role, const QString& value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(role).toString() == value)
            return row;
    }
    return -1;
}

QMessageBox* openMessageBox()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* box = qobject_cast<QMessageBox*>(window); box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void errorBannerShowsTheServersMarkupAsText();
    void usersPaneShowsNamesAsTheyAre();
    void deleteConfirmationShowsTheExactJid();
    void rostersPaneShowsNamesAndGroupsAsTheyAre();
    void groupsPaneShowsGroupNamesAsTheyAre();
    void modulesPaneShowsModuleNamesAsTheyAre();
    void sessionsPaneShowsResourcesAsTheyAre();
    void dashboardShowsVersionAndClientsAsTheyAre();
    void vcardDialogShowsTheVcardAsItIs();
    void activityLogToolTipShowsTheServersMarkupAsText();
    void megabyteValuesAreShownShortened();

private:
    template <typename P> std::unique_ptr<P> showPane();
    bool fitsOnTheScreen(QWidget* widget, QString* why) const;

    HostileServer m_server;
    ServerSession* m_session = nullptr;
};

void TestUntrustedText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    m_session = new ServerSession(this);
    QSignalSpy connected(m_session, &ServerSession::connected);
    m_session->connectTo(u"Hostile"_s, m_server.settings());
    QVERIFY(connected.wait(20000));
}

void TestUntrustedText::cleanupTestCase()
{
    delete m_session;
}

void TestUntrustedText::cleanup()
{
    m_server.stopFailing();
    QToolTip::hideText();
}

template <typename P> std::unique_ptr<P> TestUntrustedText::showPane()
{
    auto pane = std::make_unique<P>(m_session);
    pane->resize(1000, 650);
    pane->show();
    pane->catchUpWithSession();
    return pane;
}

// A very long name must not make the window wider than a screen (a label that cannot wrap a word
// asks for all of its width).
bool TestUntrustedText::fitsOnTheScreen(QWidget* widget, QString* why) const
{
    const int limit = 1600;
    const QSize hint = widget->minimumSizeHint();
    *why = u"%1 wants a minimum width of %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()))
               .arg(hint.width());
    return hint.width() <= limit;
}

void TestUntrustedText::errorBannerShowsTheServersMarkupAsText()
{
    // The case: the server answers an error whose `result` is markup.
    m_server.failWith("GET /modules", HostileServer::markup());
    auto pane = showPane<ModulesPane>();
    MessageBanner* banner = pane->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == MessageBanner::Type::Error, 20000);
    PaneHarness::screenshot(pane.get(), u"untrusted-error-banner"_s);
    auto* label = banner->findChildren<QLabel*>().last();
    QCOMPARE(label->textFormat(), Qt::PlainText);
    const Drawn shown = drawn(label);
    QVERIFY2(!shown.markupDrawn, qPrintable(label->text()));
    QVERIFY2(shown.text.contains(u"The server said: “"_s + HostileServer::markup() + u"”."_s), qPrintable(shown.text));
    QCOMPARE(banner->text(), label->text());
    QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // 20,000 characters without a space: the start and the end are shown, and the pane still fits on
    // a screen.
    m_server.failWith("GET /modules", HostileServer::longMessage());
    pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"The server said: “MMMMMMMMMM"_s), 20000);
    QVERIFY2(banner->text().contains(u"MMMMM”."_s) && banner->text().contains(u'\u2026'), qPrintable(banner->text()));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));

    // Bidirectional overrides in the message are written out, not obeyed.
    const QString reversed = u"Denied: \u202Etxet desrever\u202C, zero\u200Bwidth"_s;
    m_server.failWith("GET /modules", reversed);
    pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"Denied"_s), 20000);
    QVERIFY2(banner->text().contains(VisibleText::escaped(reversed)), qPrintable(banner->text()));
    QVERIFY(!VisibleText::containsHidden(banner->text(), VisibleText::LineBreaks::Keep));
}

void TestUntrustedText::usersPaneShowsNamesAsTheyAre()
{
    auto pane = showPane<UsersPane>();
    const QStringList users = HostileServer::users();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), int(users.size()), 20000);
    auto* view = PaneHarness::child<QTableView>(pane.get(), "usersView");
    for (const QString& jid : users) {
        const int row = rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, jid);
        QVERIFY2(row >= 0, qPrintable(VisibleText::escaped(jid)));
        QCOMPARE(shownCell(view, view->model()->index(row, UsersModel::JidColumn)), VisibleText::escaped(jid));
    }
    const int markupRow = rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, HostileServer::markupJid());
    QCOMPARE(shownCell(view, view->model()->index(markupRow, UsersModel::RoleColumn)), HostileServer::markup());

    // The selected user's sessions: the box's title names the user, the resources are the clients'.
    const int reversedRow
        = rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, HostileServer::reversedJid());
    view->selectRow(reversedRow);
    auto* sessions = PaneHarness::child<QTableView>(pane.get(), "sessionsView");
    QTRY_COMPARE_WITH_TIMEOUT(sessions->model()->rowCount(), int(HostileServer::resources().size()), 20000);
    for (int row = 0; row < sessions->model()->rowCount(); ++row) {
        const QModelIndex index = sessions->model()->index(row, SessionsModel::ResourceColumn);
        QCOMPARE(shownCell(sessions, index), VisibleText::escaped(index.data().toString()));
    }
    QVERIFY(pane->findChild<QGroupBox*>(u"sessionsBox"_s)->title().contains(u"admin\\u202Egro"_s));
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));
    PaneHarness::screenshot(pane.get(), u"untrusted-users"_s);
}

void TestUntrustedText::deleteConfirmationShowsTheExactJid()
{
    auto pane = showPane<UsersPane>();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), int(HostileServer::users().size()), 20000);
    auto* view = PaneHarness::child<QTableView>(pane.get(), "usersView");
    auto* deleteButton = PaneHarness::child<QToolButton>(pane.get(), "deleteButton");

    // "ad\u200Bmin@hostile.example" is drawn exactly like the console's own admin@hostile.example.
    const QString lookalike = HostileServer::lookalikeJid();
    view->selectRow(rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, lookalike));
    QTRY_VERIFY(deleteButton->isEnabled());
    const int asked = MessageBox::questionsAsked();
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"ad\\u200Bmin@hostile.example"_s), qPrintable(text));
    QVERIFY2(!VisibleText::containsHidden(text, VisibleText::LineBreaks::Keep), qPrintable(text));
    QVERIFY2(text.contains(u"invisible or text-direction characters"_s), qPrintable(text));

    // The box itself, as the operator sees it: plain text, the same words.
    view->selectRow(rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, HostileServer::reversedJid()));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = openMessageBox()) != nullptr);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(VisibleText::escaped(HostileServer::reversedJid())), qPrintable(box->text()));
    QStringList problems = problemsUnder(box);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    PaneHarness::screenshot(box, u"untrusted-delete-confirmation"_s);
    box->reject();
    QTRY_VERIFY(!openMessageBox());

    // A JID of 5,000 characters: the box stays within a screen.
    view->selectRow(rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, HostileServer::longJid()));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY((box = openMessageBox()) != nullptr);
    QVERIFY2(box->width() <= 1600, qPrintable(QString::number(box->width())));
    // Its start and its end in the question, all of it in the details.
    QVERIFY2(
        box->text().contains(u"longxxx"_s) && box->text().contains(u"x@hostile.example"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"too long to be shown here in full"_s), qPrintable(box->text()));
    QVERIFY(box->detailedText().contains(HostileServer::longJid()));
    PaneHarness::screenshot(box, u"untrusted-delete-long-jid"_s);
    box->reject();
    QTRY_VERIFY(!openMessageBox());

    // A name with markup is listed as the text it is.
    MessageBox::setNextAnswer(false);
    view->selectRow(rowOf(view->model(), UsersModel::JidColumn, UsersModel::JidRole, HostileServer::markupJid()));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(HostileServer::markupJid()), qPrintable(MessageBox::lastText()));
    // … and with no hidden character, no warning line.
    QVERIFY(!MessageBox::lastText().contains(u"invisible"_s));
}

void TestUntrustedText::rostersPaneShowsNamesAndGroupsAsTheyAre()
{
    auto pane = showPane<RostersPane>();
    PaneHarness::child<QLineEdit>(pane.get(), "userEdit")->setText(u"admin"_s);
    QTest::mouseClick(PaneHarness::child<QPushButton>(pane.get(), "showButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 3, 20000);
    auto* view = PaneHarness::child<QTableView>(pane.get(), "rosterView");
    const QAbstractItemModel* model = view->model();
    const int reversed = rowOf(model, RosterModel::JidColumn, RosterModel::JidRole, HostileServer::reversedJid());
    QVERIFY(reversed >= 0);
    QCOMPARE(shownCell(view, model->index(reversed, RosterModel::JidColumn)),
        VisibleText::escaped(HostileServer::reversedJid()));
    QCOMPARE(shownCell(view, model->index(reversed, RosterModel::NameColumn)), HostileServer::markup());
    const QString groups = shownCell(view, model->index(reversed, RosterModel::GroupsColumn));
    QVERIFY2(groups.contains(HostileServer::markup()) && groups.contains(u"Fri\\u202Eends"_s), qPrintable(groups));
    const int lookalike = rowOf(model, RosterModel::JidColumn, RosterModel::JidRole, HostileServer::lookalikeJid());
    QCOMPARE(shownCell(view, model->index(lookalike, RosterModel::NameColumn)), u"Ali\\u200Bce\\u202E"_s);
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));
}

void TestUntrustedText::groupsPaneShowsGroupNamesAsTheyAre()
{
    auto pane = showPane<GroupsPane>();
    const QStringList names = HostileServer::groupNames();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), int(names.size()), 20000);
    auto* view = PaneHarness::child<QTableView>(pane.get(), "groupsView");
    for (const QString& name : names) {
        const int row = rowOf(view->model(), GroupsModel::NameColumn, GroupsModel::NameRole, name);
        QVERIFY(row >= 0);
        QCOMPARE(shownCell(view, view->model()->index(row, GroupsModel::NameColumn)), VisibleText::escaped(name));
    }
    // The members of the group named in markup: the box's title names it as text.
    view->selectRow(rowOf(view->model(), GroupsModel::NameColumn, GroupsModel::NameRole, HostileServer::markup()));
    auto* members = PaneHarness::child<QTableView>(pane.get(), "membersView");
    QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), 2, 20000);
    QVERIFY(pane->findChild<QGroupBox*>(u"membersBox"_s)->title().contains(HostileServer::markup()));
    view->selectRow(rowOf(view->model(), GroupsModel::NameColumn, GroupsModel::NameRole, u"Sta\u202Eff"_s));
    QTRY_VERIFY(pane->findChild<QGroupBox*>(u"membersBox"_s)->title().contains(u"Sta\\u202Eff"_s));
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));
}

void TestUntrustedText::modulesPaneShowsModuleNamesAsTheyAre()
{
    auto pane = showPane<ModulesPane>();
    const QStringList names = HostileServer::moduleNames();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), int(names.size()), 20000);
    auto* view = PaneHarness::child<QTableView>(pane.get(), "modulesView");
    for (const QString& name : names) {
        const int row = rowOf(view->model(), ModulesModel::NameColumn, ModulesModel::NameRole, name);
        QVERIFY(row >= 0);
        QCOMPARE(shownCell(view, view->model()->index(row, ModulesModel::NameColumn)), VisibleText::escaped(name));
    }
    // Unloading the module named "ros\u202Eter" asks about exactly that name.
    view->selectRow(rowOf(view->model(), ModulesModel::NameColumn, ModulesModel::NameRole, u"ros\u202Eter"_s));
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(PaneHarness::child<QPushButton>(pane.get(), "unloadButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"ros\\u202Eter"_s), qPrintable(MessageBox::lastText()));
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestUntrustedText::sessionsPaneShowsResourcesAsTheyAre()
{
    auto pane = showPane<SessionsPane>();
    QSignalSpy loaded(pane.get(), &SessionsPane::loaded);
    pane->refresh();
    QVERIFY(loaded.wait(20000));
    auto* view = PaneHarness::child<QTableView>(pane.get(), "sessionsView");
    QVERIFY(view->model()->rowCount() > 0);
    int checked = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex resource = view->model()->index(row, SessionsModel::ResourceColumn);
        const QModelIndex user = view->model()->index(row, SessionsModel::UserColumn);
        QCOMPARE(shownCell(view, resource), VisibleText::escaped(resource.data().toString()));
        QCOMPARE(shownCell(view, user), VisibleText::escaped(user.data().toString()));
        checked += HostileServer::resources().contains(resource.data().toString()) ? 1 : 0;
    }
    QVERIFY(checked > 0);
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));
}

void TestUntrustedText::dashboardShowsVersionAndClientsAsTheyAre()
{
    auto pane = showPane<DashboardPane>();
    QSignalSpy refreshed(pane.get(), &DashboardPane::refreshed);
    pane->refresh();
    QVERIFY(refreshed.wait(20000));
    auto* version = PaneHarness::child<QLabel>(pane.get(), "serverValue");
    QCOMPARE(version->textFormat(), Qt::PlainText);
    QCOMPARE(version->text(), u"Prosody "_s + HostileServer::markup());
    const auto* clients = PaneHarness::child<BarChart>(pane.get(), "clientsChart");
    QVERIFY(!clients->bars().isEmpty());
    for (const auto& [label, count] : clients->bars())
        QVERIFY2(!VisibleText::containsHidden(label), qPrintable(label));
    const QStringList problems = problemsUnder(pane.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QString why;
    QVERIFY2(fitsOnTheScreen(pane.get(), &why), qPrintable(why));
    PaneHarness::screenshot(pane.get(), u"untrusted-dashboard"_s);
}

void TestUntrustedText::vcardDialogShowsTheVcardAsItIs()
{
    VcardDialog dialog(m_session, HostileServer::reversedJid(), false);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
    // The editor holds the vCard exactly (saving must not change it); it is a plain-text editor.
    auto* editor = dialog.findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QString(HostileServer::vcard()).remove(u'\r'));
    // The title names the user with the override written out; the banner writes out the lines that
    // hold hidden characters.
    QVERIFY2(dialog.windowTitle().contains(u"admin\\u202Egro"_s), qPrintable(dialog.windowTitle()));
    auto* banner = dialog.findChild<MessageBanner*>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"NICKNAME:ad\\u200Bmin"_s) && banner->text().contains(u"NOTE:\\u202Eevil"_s),
        qPrintable(banner->text()));
    const QStringList problems = problemsUnder(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestUntrustedText::activityLogToolTipShowsTheServersMarkupAsText()
{
    auto pane = showPane<ActivityLogPane>();
    m_server.failWith("GET /modules", HostileServer::markup());
    m_session->client()->modules();
    auto* view = PaneHarness::child<QTableView>(pane.get(), "logView");
    QModelIndex message;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = view->model()->rowCount() - 1; row >= 0; --row) {
                const QModelIndex index = view->model()->index(row, ActivityLogModel::MessageColumn);
                if (index.data().toString().contains(u"SESSION EXPIRED"_s)) {
                    message = index;
                    return true;
                }
            }
            return false;
        }(),
        20000);
    QVERIFY2(shownCell(view, message).contains(HostileServer::markup()), qPrintable(shownCell(view, message)));
    const QLabel* tip = shownToolTip(view, message);
    QVERIFY(tip);
    const Drawn shown = drawn(tip->text(), tip->textFormat());
    QVERIFY2(!shown.markupDrawn, qPrintable(tip->text()));
    QVERIFY2(shown.text.contains(HostileServer::markup()), qPrintable(shown.text));
}

void TestUntrustedText::megabyteValuesAreShownShortened()
{
    // A hostile server's whitelist entry of 8 MB: the model keeps it whole, the table shows its start
    // and end, never megabytes escaped and laid out at every paint.
    const QString entry = u"10.0.0."_s + QString(8 * 1024 * 1024, u'w') + u"/8"_s;
    WhitelistModel model;
    model.setAddresses({entry});
    QTableView view;
    view.setModel(&model);
    PlainText::protectViews(&view);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull()); // painted once with the value in it
    const QModelIndex cell = model.index(0, WhitelistModel::AddressColumn);
    QCOMPARE(cell.data(WhitelistModel::AddressRole).toString(), entry);
    auto* delegate = qobject_cast<PlainTextDelegate*>(view.itemDelegate());
    QVERIFY(delegate);
    const QString shown = delegate->displayText(cell.data(), QLocale());
    QVERIFY2(shown.size() <= 10000, qPrintable(QString::number(shown.size())));
    QVERIFY2(shown.startsWith(u"10.0.0.www"_s) && shown.endsWith(u"www/8"_s), qPrintable(shown.left(100)));

    // An error whose message is 8 MB: the banner quotes its start and end in a few thousand characters.
    const QString message = u"Failed: "_s + QString(8 * 1024 * 1024, u'm');
    MessageBanner banner;
    banner.showError(ApiError::make(ApiError::Kind::ServerError, 500, message));
    QVERIFY2(banner.text().size() <= 4000, qPrintable(QString::number(banner.text().size())));
    QVERIFY2(banner.text().contains(u"The server said: “Failed: mmm"_s), qPrintable(banner.text().left(200)));
    QVERIFY2(banner.text().contains(u'\u2026'), qPrintable(banner.text().left(200)));
}

QTEST_MAIN(TestUntrustedText)
#include "TestUntrustedText.moc"
