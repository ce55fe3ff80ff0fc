// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// WipeServer against the fake HTTP server: DELETE /data or DELETE /certs, and the server's refusal (403 unless wipes
// are allowed) as the item's error with its status.

#include "OperationFixture.h"
#include "operations/WipeServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestWipeServer : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void wipesDataOrCertificates();
    void refusalKeepsTheStatus();

private:
    OperationFixture m_fixture;
};

void TestWipeServer::wipesDataOrCertificates()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /data", Response::message(200, u"Data wiped"_s));
    m_fixture.server()->setRoute("DELETE /certs", Response::message(200, u"Certificates wiped"_s));
    WipeServer data(m_fixture.session(), WipeServer::Target::Data);
    QVERIFY(OperationFixture::run(data));
    WipeServer certs(m_fixture.session(), WipeServer::Target::Certificates);
    QVERIFY(OperationFixture::run(certs));
    QCOMPARE(m_fixture.requests(), (QStringList{u"DELETE /admin_rest/data "_s, u"DELETE /admin_rest/certs "_s}));
    QVERIFY(data.succeeded());
    QCOMPARE(data.outcome(0).message, u"Data wiped"_s);
    QVERIFY(certs.succeeded());
}

void TestWipeServer::refusalKeepsTheStatus()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("DELETE /data", Response::message(403, u"Wiping is disabled"_s));
    WipeServer wipe(m_fixture.session(), WipeServer::Target::Data);
    QVERIFY(OperationFixture::run(wipe));
    QCOMPARE(m_fixture.requests(), QStringList{u"DELETE /admin_rest/data "_s});
    QVERIFY(!wipe.succeeded());
    QCOMPARE(wipe.firstError().httpStatus, 403);
    QCOMPARE(wipe.firstError().serverMessage, u"Wiping is disabled"_s);
}

QTEST_GUILESS_MAIN(TestWipeServer)
#include "TestWipeServer.moc"
