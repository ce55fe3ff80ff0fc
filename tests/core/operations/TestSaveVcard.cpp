// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// SaveVcard against the fake HTTP server: one PUT /vcards/<u> carrying the vCard exactly as typed, and a refusal as the
// item's error.

#include "OperationFixture.h"
#include "operations/SaveVcard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Status = Operation::Status;

class TestSaveVcard : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void storesTheVcardUnchanged();
    void refusalIsTheItemsError();

private:
    OperationFixture m_fixture;
};

void TestSaveVcard::storesTheVcardUnchanged()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /vcards/alice", Response::message(200, u"vCard stored"_s));
    const QString vcard = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alice\r\nEND:VCARD\r\n"_s;
    SaveVcard save(m_fixture.session(), u"alice@example.org"_s, vcard);
    QVERIFY(OperationFixture::run(save));
    QCOMPARE(m_fixture.requests(), QStringList{u"PUT /admin_rest/vcards/alice "_s + vcard});
    QVERIFY(save.succeeded());
}

void TestSaveVcard::refusalIsTheItemsError()
{
    QVERIFY(m_fixture.connectAs());
    m_fixture.server()->setRoute("PUT /vcards/alice", Response::message(400, u"Invalid vCard"_s));
    SaveVcard save(m_fixture.session(), u"alice"_s, u"nonsense"_s);
    QVERIFY(OperationFixture::run(save));
    QCOMPARE(m_fixture.requests(), QStringList{u"PUT /admin_rest/vcards/alice nonsense"_s});
    QVERIFY(!save.succeeded());
    QCOMPARE(save.firstError().kind, ApiError::Kind::BadRequest);
    QCOMPARE(save.firstError().serverMessage, u"Invalid vCard"_s);
}

QTEST_GUILESS_MAIN(TestSaveVcard)
#include "TestSaveVcard.moc"
