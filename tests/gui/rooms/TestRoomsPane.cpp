// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// RoomsPane against the sandbox (its MUC component conference.<domain>) with a real XMPP client in
// a room: the room is listed with its occupant, who shows in the room's occupants; an affiliation
// changed in the pane reaches the bot; a room created through the dialog is listed; destroying one
// through the confirmation removes the bot with the reason; a cleanup destroys exactly the rooms its
// preview listed (not a room that became idle after it, nor the occupied one).

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "XmppBot.h"
#include "models/RoomPeopleModel.h"
#include "models/RoomsFilterProxy.h"
#include "models/RoomsModel.h"
#include "models/UsersModel.h"
#include "rooms/CreateRoomDialog.h"
#include "rooms/DestroyRoomsDialog.h"
#include "rooms/RoomsPane.h"
#include "users/UsersPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestRoomsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void botInRoomIsListedWithItsOccupant();
    void affiliationChangeReachesTheBot();
    void usersPaneShowsTheUsersRooms();
    void createRoomThroughTheDialog();
    void destroyRemovesTheRoomAndTellsTheBot();
    void cleanupDestroysOnlyThePreviewed();
    void listingLoadsPageAfterPage();

private:
    QString roomJid(const QString& local) const { return local + u"@conference."_s + m_harness.server.domain(); }
    void createRoom(const QString& local);
    void selectRoom(const QString& jid);
    template <typename Dialog> Dialog* openedDialog(const char* button);
    static void accept(QDialog* dialog);
    // The bot's own presence in `room` with that affiliation.
    static std::function<bool(const QJsonObject&)> selfPresence(const QString& room, const QString& affiliation);

    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    RoomsPane* m_pane = nullptr;
    XmppBot* m_bot = nullptr;
    QString m_user;
    QString m_club;
};

void TestRoomsPane::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("the sandbox's MUC component is needed: an external server's services are not known");
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new RoomsPane(m_session);
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(m_harness.connectSession(m_session));
    QVERIFY(m_session->capabilities().rooms);

    m_club = roomJid(u"gui-club"_s);
    createRoom(u"gui-club"_s);
    m_user = m_harness.server.uniqueUser(u"roomgui"_s);
    QVERIFY(awaitReply(m_harness.client->createUser(m_user, u"Secret-pass-1"_s)).ok());
    m_bot = new XmppBot(this);
    m_bot->start(m_harness.bare(m_user), u"Secret-pass-1"_s, m_harness.server.c2sHost(), m_harness.server.c2sPort());
    QVERIFY2(m_bot->waitOnline(), qPrintable(m_bot->errorText()));
    m_bot->command({{u"cmd"_s, u"join"_s}, {u"room"_s, m_club}, {u"nick"_s, u"Zed"_s}});
    QVERIFY(m_bot->waitForEvent(selfPresence(m_club, u"none"_s)));
}

void TestRoomsPane::cleanupTestCase()
{
    delete m_pane;
    if (m_bot)
        m_bot->stop();
    if (m_harness.client && !m_user.isEmpty())
        awaitReply(m_harness.client->deleteUser(m_user));
}

std::function<bool(const QJsonObject&)> TestRoomsPane::selfPresence(const QString& room, const QString& affiliation)
{
    return [=](const QJsonObject& e) {
        return e.value(u"event"_s) == u"muc_presence"_s && e.value(u"from"_s).toString().startsWith(room + u'/')
            && e.value(u"codes"_s).toArray().contains(110) && e.value(u"affiliation"_s) == affiliation;
    };
}

void TestRoomsPane::createRoom(const QString& local)
{
    RoomSettings settings;
    settings.name = u"Room "_s + local;
    const auto created = awaitReply(m_harness.client->createRoom(roomJid(local), settings));
    QVERIFY2(created.ok(), created.describe());
}

void TestRoomsPane::selectRoom(const QString& jid)
{
    auto* view = PaneHarness::child<QTableView>(m_pane, "roomsView");
    QVERIFY(PaneHarness::selectRows(view, RoomsModel::AddressColumn, {jid}));
}

template <typename Dialog> Dialog* TestRoomsPane::openedDialog(const char* button)
{
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, button), Qt::LeftButton);
    Dialog* dialog = nullptr;
    const bool found = QTest::qWaitFor([&] { return (dialog = m_pane->findChild<Dialog*>()) && dialog->isVisible(); });
    return found ? dialog : nullptr;
}

void TestRoomsPane::accept(QDialog* dialog)
{
    QPushButton* ok = PaneHarness::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestRoomsPane::botInRoomIsListedWithItsOccupant()
{
    // The listing made at connecting was before the bot joined: wait for the new one.
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->containsKey(m_club)
        && m_pane->model()->rowAt(m_pane->model()->rowOfKey(m_club)).occupants == 1);
    const RoomInfo& listed = m_pane->model()->rowAt(m_pane->model()->rowOfKey(m_club));
    QCOMPARE(listed.name, u"Room gui-club"_s);
    QVERIFY(listed.persistent && listed.isPublic);
    QVERIFY(!PaneHarness::child<QLabel>(m_pane, "availabilityLabel")->isVisible());
    // "Empty now" hides it; "All rooms" shows it again.
    PaneHarness::child<QComboBox>(m_pane, "showCombo")->setCurrentIndex(int(RoomsFilterProxy::Show::Empty));
    QCOMPARE(PaneHarness::rowWithText(PaneHarness::child<QTableView>(m_pane, "roomsView"), 0, m_club), -1);
    PaneHarness::child<QComboBox>(m_pane, "showCombo")->setCurrentIndex(int(RoomsFilterProxy::Show::All));

    selectRoom(m_club);
    QTRY_COMPARE(m_pane->peopleModel()->roomJid(), m_club);
    QTRY_COMPARE(m_pane->peopleModel()->occupantCount(), 1);
    const QAbstractItemModel* people = m_pane->peopleModel();
    QCOMPARE(people->index(0, RoomPeopleModel::NickColumn).data().toString(), u"Zed"_s);
    QCOMPARE(
        people->index(0, RoomPeopleModel::JidColumn).data().toString().section(u'/', 0, 0), m_harness.bare(m_user));
    QCOMPARE(people->index(0, RoomPeopleModel::RoleColumn).data().toString(), u"participant"_s);
    // The role and affiliation columns are as wide as the view says their cells need (not cut off).
    QAbstractItemView* peopleView = PaneHarness::child<QTableView>(m_pane, "peopleView");
    for (int column : {int(RoomPeopleModel::RoleColumn), int(RoomPeopleModel::AffiliationColumn)}) {
        QVERIFY2(static_cast<QTableView*>(peopleView)->columnWidth(column) >= peopleView->sizeHintForColumn(column),
            qPrintable(u"column %1: %2 < %3"_s.arg(column)
                           .arg(static_cast<QTableView*>(peopleView)->columnWidth(column))
                           .arg(peopleView->sizeHintForColumn(column))));
    }
    PaneHarness::screenshot(m_pane, u"rooms"_s);
}

void TestRoomsPane::affiliationChangeReachesTheBot()
{
    selectRoom(m_club);
    QTRY_COMPARE(m_pane->peopleModel()->occupantCount(), 1);
    // Choosing the occupant fills in the address.
    auto* people = PaneHarness::child<QTableView>(m_pane, "peopleView");
    people->setCurrentIndex(people->model()->index(0, 0));
    QCOMPARE(PaneHarness::child<QLineEdit>(m_pane, "affiliationJidEdit")->text(), m_harness.bare(m_user));
    auto* combo = PaneHarness::child<QComboBox>(m_pane, "affiliationCombo");
    combo->setCurrentIndex(combo->findData(u"admin"_s));
    QTest::mouseClick(PaneHarness::child<QPushButton>(m_pane, "setAffiliationButton"), Qt::LeftButton);
    QVERIFY(m_bot->waitForEvent(selfPresence(m_club, u"admin"_s)));
    QTRY_COMPARE(people->model()->index(0, RoomPeopleModel::AffiliationColumn).data().toString(), u"admin"_s);
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"set to admin"_s), qPrintable(m_pane->banner()->text()));
}

void TestRoomsPane::usersPaneShowsTheUsersRooms()
{
    UsersPane users(m_session);
    users.resize(900, 600);
    users.show();
    users.refresh();
    const QString jid = m_harness.bare(m_user);
    QTRY_VERIFY(users.model()->containsKey(jid));
    auto* view = PaneHarness::child<QTableView>(&users, "usersView");
    QVERIFY(PaneHarness::selectRows(view, UsersModel::JidColumn, {jid}));
    auto* rooms = PaneHarness::child<QLabel>(&users, "roomsLabel");
    QTRY_COMPARE(rooms->text(), u"In 1 room(s) now: "_s + m_club);
    QVERIFY(rooms->isVisible());
}

void TestRoomsPane::createRoomThroughTheDialog()
{
    auto* dialog = openedDialog<CreateRoomDialog>("createButton");
    QVERIFY(dialog);
    QCOMPARE(PaneHarness::child<QComboBox>(dialog, "serviceCombo")->currentText(),
        u"conference."_s + m_harness.server.domain());
    PaneHarness::child<QLineEdit>(dialog, "roomEdit")->setText(u"gui-made"_s);
    PaneHarness::child<QLineEdit>(dialog, "nameEdit")->setText(u"Made in the GUI"_s);
    PaneHarness::child<QCheckBox>(dialog, "publicCheck")->setChecked(false);
    PaneHarness::screenshot(dialog, u"rooms-create"_s);
    accept(dialog);
    const QString made = roomJid(u"gui-made"_s);
    QTRY_VERIFY(m_pane->model()->containsKey(made));
    const auto details = awaitReply(m_harness.client->room(made));
    QVERIFY2(details.ok(), details.describe());
    QCOMPARE(details.value.room.name, u"Made in the GUI"_s);
    QVERIFY(!details.value.room.isPublic);
}

void TestRoomsPane::destroyRemovesTheRoomAndTellsTheBot()
{
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->containsKey(m_club));
    selectRoom(m_club);
    auto* dialog = openedDialog<DestroyRoomsDialog>("destroyButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->roomJids(), QStringList{m_club});
    QCOMPARE(PaneHarness::child<QListWidget>(dialog, "roomsList")->count(), 1);
    PaneHarness::child<QLineEdit>(dialog, "reasonEdit")->setText(u"Closing the club"_s);
    PaneHarness::child<QLineEdit>(dialog, "alternateEdit")->setText(roomJid(u"gui-made"_s));
    accept(dialog);
    QJsonObject gone;
    QVERIFY(m_bot->waitForEvent([](const QJsonObject& e) { return e.value(u"destroy"_s).isObject(); }, &gone));
    QCOMPARE(gone.value(u"destroy"_s).toObject().value(u"reason"_s).toString(), u"Closing the club"_s);
    QTRY_VERIFY(!m_pane->model()->containsKey(m_club));
    QCOMPARE(awaitReply(m_harness.client->room(m_club)).error.kind, ApiError::Kind::NotFound);
}

void TestRoomsPane::cleanupDestroysOnlyThePreviewed()
{
    createRoom(u"gui-idle1"_s);
    createRoom(u"gui-idle2"_s);
    createRoom(u"gui-busy"_s);
    m_bot->command({{u"cmd"_s, u"join"_s}, {u"room"_s, roomJid(u"gui-busy"_s)}, {u"nick"_s, u"Zed"_s}});
    QVERIFY(m_bot->waitForEvent(selfPresence(roomJid(u"gui-busy"_s), u"none"_s)));
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->containsKey(roomJid(u"gui-idle2"_s)));
    QTRY_COMPARE(m_pane->model()->rowAt(m_pane->model()->rowOfKey(roomJid(u"gui-busy"_s))).occupants, 1);
    // Two days on, every empty room made by this test is idle for a day.
    m_pane->setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    auto* dialog = openedDialog<DestroyRoomsDialog>("cleanupButton");
    QVERIFY(dialog);
    PaneHarness::child<QSpinBox>(dialog, "idleDaysSpin")->setValue(1);
    const QStringList preview = dialog->roomJids();
    QVERIFY(preview.contains(roomJid(u"gui-idle1"_s)));
    QVERIFY(preview.contains(roomJid(u"gui-idle2"_s)));
    QVERIFY(!preview.contains(roomJid(u"gui-busy"_s)));
    QCOMPARE(PaneHarness::child<QListWidget>(dialog, "roomsList")->count(), preview.size());
    PaneHarness::screenshot(dialog, u"rooms-cleanup"_s);
    // A room made while the preview is open is not in it, and stays.
    createRoom(u"gui-late"_s);
    accept(dialog);
    QTRY_VERIFY(!m_pane->model()->containsKey(roomJid(u"gui-idle1"_s)));
    QTRY_VERIFY2(m_pane->banner()->text().contains(u"destroyed"_s), qPrintable(m_pane->banner()->text()));
    const auto after = awaitReply(m_harness.client->rooms(0, 5000));
    QVERIFY2(after.ok(), after.describe());
    QStringList left;
    for (const RoomInfo& room : after.value.rooms)
        left << room.jid;
    for (const QString& jid : preview)
        QVERIFY2(!left.contains(jid), qPrintable(jid));
    QVERIFY(left.contains(roomJid(u"gui-busy"_s)));
    QVERIFY(left.contains(roomJid(u"gui-late"_s)));
}

void TestRoomsPane::listingLoadsPageAfterPage()
{
    for (const QString& local : {u"gui-page-a"_s, u"gui-page-b"_s, u"gui-page-c"_s, u"gui-page-d"_s})
        createRoom(local);
    const auto all = awaitReply(m_harness.client->rooms(0, 5000));
    QVERIFY2(all.ok(), all.describe());
    QStringList expected;
    for (const RoomInfo& room : all.value.rooms)
        expected << room.jid;
    QVERIFY(expected.size() >= 5);
    // A pane two rooms a request: it asks page after page, shows each page as it comes with the
    // progress, and ends with every room.
    RoomsPane pane(m_session);
    pane.setPageSize(2);
    pane.resize(1100, 700);
    pane.show();
    QStringList asked;
    connect(m_session->client(), &AdminRestClient::requestFinished, &pane, [&](const RequestRecord& record) {
        if (record.path.contains(u"rooms?offset="_s))
            asked << record.path;
    });
    QStringList progress;
    auto* label = PaneHarness::child<QLabel>(&pane, "roomsLabel");
    connect(pane.model(), &QAbstractItemModel::rowsInserted, &pane,
        [&] { progress << u"%1: %2"_s.arg(pane.model()->rowCount()).arg(label->text()); });
    pane.refresh();
    QTRY_COMPARE(label->text(), u"%1 room(s)"_s.arg(expected.size()));
    QStringList listed;
    for (const RoomInfo& room : pane.model()->rows())
        listed << room.jid;
    listed.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(asked.size(), int((expected.size() + 1) / 2));
    for (int page = 0; page < asked.size(); ++page)
        QVERIFY2(asked.at(page).contains(u"offset=%1&limit=2"_s.arg(page * 2)), qPrintable(asked.join(u' ')));
    for (int shown : {2, 4}) {
        QVERIFY2(progress.contains(u"%1: Loading rooms: %1 of %2…"_s.arg(shown).arg(expected.size())),
            qPrintable(progress.join(u'|')));
    }
    QVERIFY(awaitReply(m_harness.client->destroyRooms({roomJid(u"gui-page-a"_s), roomJid(u"gui-page-b"_s),
                           roomJid(u"gui-page-c"_s), roomJid(u"gui-page-d"_s)}))
                .ok());
}

QTEST_MAIN(TestRoomsPane)
#include "TestRoomsPane.moc"
