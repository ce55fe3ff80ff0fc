// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// UserDirectory: the host's users for completers, from whichever listing the server has, against a
// loopback fake server.

#include "ClientTestHelpers.h"
#include "api/Capabilities.h"
#include "session/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

class TestUserDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagedListingIsFollowedToTheEnd();
    void allUsersWhenThereIsNoPagedListing();
    void connectedUsersOnlyWhenNothingListsRegisteredUsers();
    void failedListingFallsBackToConnectedUsers();
    void clearForgetsEverything();

private:
    // Loads and waits for loaded().
    bool load(const Capabilities& capabilities);

    FakeHttpServer* m_server = nullptr;
    AdminRestClient* m_client = nullptr;
    UserDirectory* m_directory = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestUserDirectory::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new AdminRestClient(settingsFor(m_server->url()), this);
    m_directory = new UserDirectory(this);
    m_tester = new QAbstractItemModelTester(
        m_directory->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_server->setRoute("GET /users",
        Response::json(200,
            R"({"users":[{"username":"zoe","resource":"phone"},{"username":"zoe","resource":"desk"},)"
            R"({"username":"yann","resource":"r"}],"count":3})"));
}

void TestUserDirectory::cleanup()
{
    delete m_tester;
    delete m_directory;
    delete m_client;
    delete m_server;
}

bool TestUserDirectory::load(const Capabilities& capabilities)
{
    QSignalSpy loaded(m_directory, &UserDirectory::loaded);
    m_directory->load(m_client, capabilities);
    return loaded.wait(10000);
}

void TestUserDirectory::pagedListingIsFollowedToTheEnd()
{
    m_server->setRoute("GET /registered-users?offset=0&limit=1000",
        Response::json(200,
            R"({"users":[{"jid":"carol@example.org"},{"jid":"alice@example.org"}],"offset":0,"count":2,"total":3})"));
    m_server->setRoute("GET /registered-users?offset=2&limit=1000",
        Response::json(200, R"({"users":[{"jid":"bob@example.org"}],"offset":2,"count":1,"total":3})"));
    Capabilities caps;
    caps.registeredUsersPaged = true;
    caps.allUsers = true;
    QVERIFY(load(caps));
    QCOMPARE(m_directory->jids(), QStringList({u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s}));
    QVERIFY(m_directory->isComplete());
    QVERIFY(m_directory->contains(u"bob@example.org"_s));
    QVERIFY(!m_directory->contains(u"zoe@example.org"_s));
    QCOMPARE(m_directory->model()->rowCount(), 3);
    QCOMPARE(m_server->requestCount(), 2);

    // the same list again leaves the completer's model alone
    QSignalSpy resets(m_directory->model(), &QAbstractItemModel::modelReset);
    QVERIFY(load(caps));
    QCOMPARE(resets.count(), 0);
}

void TestUserDirectory::allUsersWhenThereIsNoPagedListing()
{
    m_server->setRoute("GET /all-users",
        Response::json(200,
            R"({"users":[{"jid":"dave@example.org","role":{"id":"prosody:registered"}},)"
            R"({"jid":"erin@example.org","role":{"id":"prosody:admin"}}],"count":2})"));
    Capabilities caps;
    caps.allUsers = true;
    QVERIFY(load(caps));
    QCOMPARE(m_directory->jids(), QStringList({u"dave@example.org"_s, u"erin@example.org"_s}));
    QVERIFY(m_directory->isComplete());
}

void TestUserDirectory::connectedUsersOnlyWhenNothingListsRegisteredUsers()
{
    QVERIFY(load(Capabilities{}));
    // one per user, not per session, as bare JIDs on the admin's domain
    QCOMPARE(m_directory->jids(), QStringList({u"yann@example.org"_s, u"zoe@example.org"_s}));
    QVERIFY(!m_directory->isComplete());
    QVERIFY(m_directory->isLoaded());
}

void TestUserDirectory::failedListingFallsBackToConnectedUsers()
{
    m_server->setRoute("GET /all-users", Response::message(500, u"Internal server error"_s));
    Capabilities caps;
    caps.allUsers = true;
    QSignalSpy failed(m_directory, &UserDirectory::failed);
    QVERIFY(load(caps));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ServerError);
    QCOMPARE(m_directory->jids(), QStringList({u"yann@example.org"_s, u"zoe@example.org"_s}));
    QVERIFY(!m_directory->isComplete());
}

void TestUserDirectory::clearForgetsEverything()
{
    QVERIFY(load(Capabilities{}));
    m_directory->clear();
    QVERIFY(m_directory->jids().isEmpty());
    QCOMPARE(m_directory->model()->rowCount(), 0);
    QVERIFY(!m_directory->isLoaded());
    QVERIFY(!m_directory->contains(u"zoe@example.org"_s));

    // an answer for a load started before clear() is ignored
    QSignalSpy loaded(m_directory, &UserDirectory::loaded);
    m_directory->load(m_client, Capabilities{});
    m_directory->clear();
    QVERIFY(!loaded.wait(500));
    QVERIFY(m_directory->jids().isEmpty());
}

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "TestUserDirectory.moc"
