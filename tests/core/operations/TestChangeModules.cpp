// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ChangeModules against the fake HTTP server: each module written (PUT or DELETE /module/<name>) then read back (GET
// /module/<name>) whatever the write answered, one after the other, admin_rest last; changed means the server reports
// the wanted state.

#include "OperationFixture.h"
#include "operations/ChangeModules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestChangeModules : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void loadsAndReadsBack();
    void failureHalfWayStillReadsBack();
    void acceptedButUnchanged();
    void adminRestGoesLastAndTakesTheApi();

private:
    OperationFixture m_fixture;
};

void TestChangeModules::loadsAndReadsBack()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /module/carbons", Response::message(200, u"Module loaded"_s));
    m_fixture.server()->setRoute("GET /module/carbons", Response::json(200, R"({"module":"carbons","loaded":true})"));
    m_fixture.server()->setRoute("PUT /module/mam", Response::message(200, u"Module loaded"_s));
    m_fixture.server()->setRoute("GET /module/mam", Response::json(200, R"({"module":"mam","loaded":true})"));
    ChangeModules change(m_fixture.session(), ChangeModules::Change::Load, {u"carbons"_s, u"mam"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PUT /admin_rest/module/carbons "_s, u"GET /admin_rest/module/carbons "_s,
            u"PUT /admin_rest/module/mam "_s, u"GET /admin_rest/module/mam "_s}));
    QCOMPARE(change.changedModules(), (QStringList{u"carbons"_s, u"mam"_s}));
    QVERIFY(change.stateKnown(0));
    QVERIFY(change.loadedNow(1));
    QVERIFY(!change.firstProblem().isError());
    QVERIFY(!change.adminRestGone());
}

void TestChangeModules::failureHalfWayStillReadsBack()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /module/carbons", Response::message(200, u"Module loaded"_s));
    m_fixture.server()->setRoute("GET /module/carbons", Response::json(200, R"({"module":"carbons","loaded":true})"));
    m_fixture.server()->setRoute("PUT /module/broken", Response::message(500, u"Module failed to load"_s));
    m_fixture.server()->setRoute("GET /module/broken", Response::json(404, R"({"module":"broken","loaded":false})"));
    m_fixture.server()->setRoute("PUT /module/mam", Response::message(200, u"Module loaded"_s));
    m_fixture.server()->setRoute("GET /module/mam", Response::json(200, R"({"module":"mam","loaded":true})"));
    ChangeModules change(m_fixture.session(), ChangeModules::Change::Load, {u"carbons"_s, u"broken"_s, u"mam"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"PUT /admin_rest/module/carbons "_s, u"GET /admin_rest/module/carbons "_s,
            u"PUT /admin_rest/module/broken "_s, u"GET /admin_rest/module/broken "_s, u"PUT /admin_rest/module/mam "_s,
            u"GET /admin_rest/module/mam "_s}));
    QCOMPARE(change.changedModules(), (QStringList{u"carbons"_s, u"mam"_s}));
    QCOMPARE(change.unchangedModules(), QStringList{u"broken"_s});
    QVERIFY(!change.changed(1));
    QVERIFY(change.stateKnown(1));
    QVERIFY(!change.loadedNow(1));
    QCOMPARE(change.firstProblem().kind, ApiError::Kind::ServerError);
    QCOMPARE(change.firstProblem().serverMessage, u"Module failed to load"_s);
}

void TestChangeModules::acceptedButUnchanged()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /module/carbons", Response::message(200, u"Module unloaded"_s));
    m_fixture.server()->setRoute("GET /module/carbons", Response::json(200, R"({"module":"carbons","loaded":true})"));
    ChangeModules change(m_fixture.session(), ChangeModules::Change::Unload, {u"carbons"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"DELETE /admin_rest/module/carbons "_s, u"GET /admin_rest/module/carbons "_s}));
    QCOMPARE(change.unchangedModules(), QStringList{u"carbons"_s});
    QVERIFY(change.loadedNow(0));
    // The server accepted the write: no error to show, only that the state did not change.
    QVERIFY(!change.firstProblem().isError());
}

void TestChangeModules::adminRestGoesLastAndTakesTheApi()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /module/admin_rest", Response::message(200, u"Module unloaded"_s));
    // Once unloaded, Prosody answers its own not-found page.
    m_fixture.server()->setRoute("GET /module/admin_rest", Response::text(404, "text/html", "<h1>Not Found</h1>"));
    m_fixture.server()->setRoute("DELETE /module/carbons", Response::message(200, u"Module unloaded"_s));
    m_fixture.server()->setRoute("GET /module/carbons", Response::json(404, R"({"module":"carbons","loaded":false})"));
    ChangeModules change(m_fixture.session(), ChangeModules::Change::Unload, {u"admin_rest"_s, u"carbons"_s});
    QVERIFY(OperationFixture::run(change));
    QCOMPARE(m_fixture.requests(),
        (QStringList{u"DELETE /admin_rest/module/carbons "_s, u"GET /admin_rest/module/carbons "_s,
            u"DELETE /admin_rest/module/admin_rest "_s, u"GET /admin_rest/module/admin_rest "_s}));
    QCOMPARE(change.changedModules(), (QStringList{u"carbons"_s, u"admin_rest"_s}));
    QVERIFY(change.adminRestGone());
    QVERIFY(change.stateKnown(1));
    QVERIFY(!change.loadedNow(1));
}

QTEST_GUILESS_MAIN(TestChangeModules)
#include "TestChangeModules.moc"
