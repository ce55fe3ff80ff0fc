// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The client's rooms, federation and certificates calls against a real Prosody (the sandbox, with its
// MUC component conference.<domain>) and a real XMPP client in the room: our module on 0.12 and 13,
// and a published module (emulated), where the probe finds none of them and every call answers
// NotSupported. Federation between two servers and certificate warnings are checked by the server
// suite (tests/server/test_federation.py, test_certificates.py).

#include "AwaitReply.h"
#include "TestServer.h"
#include "XmppBot.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestRoomsEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeFindsTheExtensions();
    void roomLifecycleWithAnOccupant();
    void connectionsAndCertificates();

private:
    bool ours() const { return m_server.sandbox().emulate == u"ours"; }

    TestServer m_server;
    AdminRestClient* m_client = nullptr;
    Capabilities m_caps;
    QString m_user;
};

void TestRoomsEndToEnd::initTestCase()
{
    if (TestServer::externalRequested())
        QSKIP("the sandbox's MUC component is needed: an external server's services are not known");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_client = new AdminRestClient(m_server.settings(), this);
    CapabilityProbe probe(m_client);
    QSignalSpy done(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(done.wait(30000));
    m_caps = probe.result();
    QVERIFY2(!m_caps.error.isError(), qPrintable(m_caps.error.userMessage()));
}

void TestRoomsEndToEnd::cleanupTestCase()
{
    if (m_client && !m_user.isEmpty())
        awaitReply(m_client->deleteUser(m_user));
    m_server.stop();
}

void TestRoomsEndToEnd::probeFindsTheExtensions()
{
    QCOMPARE(m_caps.rooms, ours());
    QCOMPARE(m_caps.federation, ours());
    QCOMPARE(m_caps.certificates, ours());
    if (!ours()) {
        // A published module: the routes do not exist.
        QCOMPARE(awaitReply(m_client->rooms(0, 1000)).error.kind, ApiError::Kind::NotSupported);
        QCOMPARE(awaitReply(m_client->s2sConnections()).error.kind, ApiError::Kind::NotSupported);
        QCOMPARE(awaitReply(m_client->certificates()).error.kind, ApiError::Kind::NotSupported);
    }
}

void TestRoomsEndToEnd::roomLifecycleWithAnOccupant()
{
    if (!m_caps.rooms)
        QSKIP("the published module has no rooms routes (probeFindsTheExtensions checks that)");
    const QString service = u"conference."_s + m_server.domain();
    const QString room = u"e2e-club@"_s + service;
    RoomSettings settings;
    settings.name = u"E2E club"_s;
    settings.isPublic = false;
    const auto created = awaitReply(m_client->createRoom(room, settings));
    QVERIFY2(created.ok(), created.describe());
    QCOMPARE(created.value, u"Room created: "_s + room);

    m_user = m_server.uniqueUser(u"muc"_s);
    QVERIFY(awaitReply(m_client->createUser(m_user, u"Secret-pass-1"_s)).ok());
    const QString userJid = m_user + u'@' + m_server.domain();
    XmppBot bot;
    bot.start(userJid, u"Secret-pass-1"_s, m_server.c2sHost(), m_server.c2sPort());
    QVERIFY2(bot.waitOnline(), qPrintable(bot.errorText()));
    bot.command({{u"cmd"_s, u"join"_s}, {u"room"_s, room}, {u"nick"_s, u"Zed"_s}});
    const QString occupantJid = room + u"/Zed"_s;
    auto selfPresence = [&](const QString& affiliation) {
        return [=](const QJsonObject& e) {
            return e.value(u"event"_s) == u"muc_presence"_s && e.value(u"from"_s) == occupantJid
                && e.value(u"codes"_s).toArray().contains(110) && e.value(u"affiliation"_s) == affiliation;
        };
    };
    QVERIFY(bot.waitForEvent(selfPresence(u"none"_s)));

    const auto listed = awaitReply(m_client->rooms(0, 1000, {}, userJid));
    QVERIFY2(listed.ok(), listed.describe());
    QCOMPARE(listed.value.rooms.size(), 1);
    QCOMPARE(listed.value.total, 1);
    const RoomInfo& info = listed.value.rooms.first();
    QCOMPARE(info.jid, room);
    QCOMPARE(info.service, service);
    QCOMPARE(info.name, u"E2E club"_s);
    QVERIFY(!info.isPublic && info.persistent);
    QCOMPARE(info.occupants, 1);
    QVERIFY(info.created.isValid());

    QVERIFY(awaitReply(m_client->setRoomAffiliation(room, userJid, u"member"_s)).ok());
    QVERIFY(bot.waitForEvent(selfPresence(u"member"_s)));
    const auto details = awaitReply(m_client->room(room));
    QVERIFY2(details.ok(), details.describe());
    QCOMPARE(details.value.occupants.size(), 1);
    QCOMPARE(details.value.occupants.first().nick, u"Zed"_s);
    QCOMPARE(details.value.occupants.first().affiliation, u"member"_s);
    QCOMPARE(details.value.occupants.first().jid.section(u'/', 0, 0), userJid);

    const QString missing = u"e2e-never@"_s + service;
    const auto destroyed = awaitReply(m_client->destroyRooms({room, missing}, u"Closing the club"_s));
    QVERIFY2(destroyed.ok(), destroyed.describe());
    QCOMPARE(destroyed.value.destroyed, QStringList{room});
    QCOMPARE(destroyed.value.missing, QStringList{missing});
    QJsonObject gone;
    QVERIFY(bot.waitForEvent([](const QJsonObject& e) { return e.value(u"destroy"_s).isObject(); }, &gone));
    QCOMPARE(gone.value(u"destroy"_s).toObject().value(u"reason"_s).toString(), u"Closing the club"_s);
    const auto after = awaitReply(m_client->room(room));
    QCOMPARE(after.error.kind, ApiError::Kind::NotFound);
    bot.stop();
}

void TestRoomsEndToEnd::connectionsAndCertificates()
{
    if (!m_caps.federation || !m_caps.certificates)
        QSKIP("the published module has no federation or certificates routes (probeFindsTheExtensions checks that)");
    // The sandbox serves no s2s: no connection. It has no certificate either: each host's c2s and s2s,
    // and s2s of each MUC component, say so.
    const auto connections = awaitReply(m_client->s2sConnections());
    QVERIFY2(connections.ok(), connections.describe());
    QVERIFY(connections.value.isEmpty());
    const auto certificates = awaitReply(m_client->certificates(m_server.domain()));
    QVERIFY2(certificates.ok(), certificates.describe());
    QStringList uses;
    for (const CertificateInfo& certificate : certificates.value) {
        uses << certificate.host + u' ' + certificate.service;
        QCOMPARE(certificate.error, u"No certificate"_s);
        QVERIFY(certificate.needsWarning(14));
    }
    uses.sort();
    const QString domain = m_server.domain();
    QCOMPARE(uses, (QStringList{u"conference."_s + domain + u" s2s"_s, domain + u" c2s"_s, domain + u" s2s"_s}));
}

QTEST_MAIN(TestRoomsEndToEnd)
#include "TestRoomsEndToEnd.moc"
