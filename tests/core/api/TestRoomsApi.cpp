// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The client side of our rooms, federation and certificates extensions: what each call sends
// (FakeHttpServer), how the answers are read (bodies as the real module sends them on Prosody 0.12
// and 13, see tests/server/test_rooms.py and friends), the read-only gate, and the helpers a
// cleanup and a certificate warning use. The calls against real servers: TestRoomsEndToEnd.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "api/ResponseParser.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;

struct RoomsCall
{
    std::function<ApiReply*(AdminRestClient&)> call;
};
Q_DECLARE_METATYPE(RoomsCall)
Q_DECLARE_METATYPE(Response)

namespace {

HttpResponse answer(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = body;
    return response;
}

const QByteArray kRooms
    = R"({"result":{"rooms":[{"public":true,"occupants":2,"jid":"chatter@conference.example.org",)"
      R"("last_message":1796217302,"members_only":false,"created":null,"description":null,)"
      R"("password_protected":false,"component":"conference.example.org","moderated":false,)"
      R"("last_message_source":"history","persistent":false,"name":null},)"
      R"({"jid":"quiet@conference.example.org","name":"Quiet room","persistent":true,"public":false,)"
      R"("members_only":true,"password_protected":true,"occupants":0,"last_message":null,)"
      R"("created":1796217000}],"count":2,"services":["conference.example.org"]}})";

} // namespace

class TestRoomsApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void requests_data();
    void requests();
    void readOnlyRefusesChanges();
    void invalidRoomAddressesAreNotSent();

    void parseRooms();
    void parseRoomsPage();
    void parseRoom();
    void parseDestroyRooms();
    void parseConnections();
    void parseCertificates();
    void malformedAnswers_data();
    void malformedAnswers();
    void missingExtensionIsNotSupported();
    void survivesTruncationAndNoise();

    void idleRooms();
    void certificateWarnings();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
};

void TestRoomsApi::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
}

void TestRoomsApi::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestRoomsApi::requests_data()
{
    QTest::addColumn<RoomsCall>("call");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Response>("response");
    const QString room = u"lobby@conference.example.org"_s;
    auto row = [](const char* name, std::function<ApiReply*(AdminRestClient&)> call, const QByteArray& line,
                   const QByteArray& body, const Response& response) {
        QTest::newRow(name) << RoomsCall{std::move(call)} << line << body << response;
    };
    row(
        "rooms", [](AdminRestClient& c) { return c.rooms(0, 1000); },
        "GET /admin_rest/rooms?offset=0&limit=1000 HTTP/1.1", {}, Response::json(200, R"({"rooms":[],"count":0})"));
    row(
        "rooms of a host and user",
        [](AdminRestClient& c) { return c.rooms(2000, 500, u"b.org"_s, u"al ice@b.org"_s); },
        "GET /admin_rest/rooms?offset=2000&limit=500&host=b.org&occupant=al%20ice%40b.org HTTP/1.1", {},
        Response::json(200, R"({"rooms":{}})"));
    row(
        "room", [room](AdminRestClient& c) { return c.room(room); },
        "GET /admin_rest/rooms/lobby%40conference.example.org HTTP/1.1", {},
        Response::json(200, R"({"room":{"jid":"lobby@conference.example.org","occupant_list":[],"affiliations":[]}})"));
    RoomSettings settings;
    settings.name = u"Lobby"_s;
    settings.isPublic = false;
    settings.owners = QStringList{u"alice@example.org"_s};
    row(
        "create", [room, settings](AdminRestClient& c) { return c.createRoom(room, settings); },
        "POST /admin_rest/rooms/lobby%40conference.example.org HTTP/1.1",
        R"({"members_only":false,"moderated":false,"name":"Lobby","owners":["alice@example.org"],"persistent":true,)"
        R"("public":false})",
        Response::message(201, u"Room created: lobby@conference.example.org"_s));
    row(
        "affiliation",
        [room](
            AdminRestClient& c) { return c.setRoomAffiliation(room, u"bob@example.org"_s, u"outcast"_s, u"Spam"_s); },
        "PUT /admin_rest/rooms/lobby%40conference.example.org/affiliations/bob%40example.org HTTP/1.1",
        R"({"affiliation":"outcast","reason":"Spam"})", Response::message(200, u"Affiliation changed"_s));
    row(
        "destroy",
        [room](AdminRestClient& c) { return c.destroyRoom(room, u"Bye"_s, u"new@conference.example.org"_s); },
        "DELETE /admin_rest/rooms/lobby%40conference.example.org HTTP/1.1",
        R"({"alternate":"new@conference.example.org","reason":"Bye"})",
        Response::message(200, u"Room destroyed: lobby@conference.example.org"_s));
    row(
        "destroy without reason", [room](AdminRestClient& c) { return c.destroyRoom(room); },
        "DELETE /admin_rest/rooms/lobby%40conference.example.org HTTP/1.1", {},
        Response::message(200, u"Room destroyed"_s));
    row(
        "destroy many",
        [room](AdminRestClient& c) {
            return c.destroyRooms({room, u"b@conference.example.org"_s}, u"Cleanup"_s);
        },
        "DELETE /admin_rest/rooms HTTP/1.1",
        R"({"reason":"Cleanup","rooms":["lobby@conference.example.org","b@conference.example.org"]})",
        Response::json(
            200, R"({"destroyed":["lobby@conference.example.org"],"missing":["b@conference.example.org"]})"));
    row(
        "s2s", [](AdminRestClient& c) { return c.s2sConnections(); }, "GET /admin_rest/s2s HTTP/1.1", {},
        Response::json(200, R"({"connections":[],"count":0})"));
    row(
        "close s2s", [](AdminRestClient& c) { return c.closeS2sConnection(u"s2sin55"_s, u"Maintenance"_s); },
        "DELETE /admin_rest/s2s/s2sin55 HTTP/1.1", R"({"reason":"Maintenance"})",
        Response::message(200, u"Connection closed: s2sin55"_s));
    row(
        "certificates", [](AdminRestClient& c) { return c.certificates(u"example.org"_s); },
        "GET /admin_rest/certificates?host=example.org HTTP/1.1", {},
        Response::json(200, R"({"certificates":[],"count":0})"));
}

void TestRoomsApi::requests()
{
    QFETCH(RoomsCall, call);
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, body);
    QFETCH(Response, response);
    m_server->enqueue(response);
    auto outcome = watch(call.call(*m_client));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 10000);
    QVERIFY2(outcome->ok(), outcome->describe().constData());
    const FakeHttpServer::Request request = m_server->lastRequest();
    QCOMPARE(request.requestLine(), requestLine);
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("Content-Type"), body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    QCOMPARE(request.header("Authorization"), expectedAuthorization());
}

void TestRoomsApi::readOnlyRefusesChanges()
{
    m_client->setReadOnly(true);
    const QString room = u"lobby@conference.example.org"_s;
    // Each reply is watched as soon as it exists: a refused one finishes (and goes) at the next event loop turn.
    const QList<std::function<ApiReply*()>> changes{[&] { return m_client->createRoom(room, {}); },
        [&] { return m_client->destroyRoom(room); }, [&] { return m_client->destroyRooms({room}); },
        [&] { return m_client->setRoomAffiliation(room, u"a@example.org"_s, u"member"_s); },
        [&] { return m_client->closeS2sConnection(u"s2sout1"_s); }};
    for (const auto& change : changes) {
        auto outcome = watch(change());
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind, Kind::ReadOnly);
    }
    QCOMPARE(m_server->requestCount(), 0);
    m_server->setRoute("GET /rooms", Response::json(200, R"({"rooms":[]})"));
    m_server->setRoute("GET /s2s", Response::json(200, R"({"connections":[]})"));
    m_server->setRoute("GET /certificates", Response::json(200, R"({"certificates":[]})"));
    QVERIFY(await(m_client->rooms(0, 1000)).first.ok());
    QVERIFY(await(m_client->s2sConnections()).first.ok());
    QVERIFY(await(m_client->certificates()).first.ok());
    QCOMPARE(m_server->requestCount(), 3);
}

void TestRoomsApi::invalidRoomAddressesAreNotSent()
{
    const QList<std::function<ApiReply*()>> calls{[&] { return m_client->room(u"conference.example.org"_s); },
        [&] { return m_client->destroyRooms({}); },
        [&] {
            return m_client->destroyRooms({u"a@conference.example.org"_s, u"nope"_s});
        },
        [&] { return m_client->room(u"a/b@conference.example.org"_s); }};
    for (const auto& call : calls) {
        auto outcome = watch(call());
        QTRY_VERIFY(outcome->finished);
        QCOMPARE(outcome->error.kind, Kind::InvalidInput);
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRoomsApi::parseRooms()
{
    RoomPage page;
    QString message;
    QVERIFY(!ResponseParser::parseRooms(answer(200, kRooms), page, message));
    // A module without paging: the whole list is one page.
    QCOMPARE(page.offset, 0);
    QCOMPARE(page.total, 2);
    const QList<RoomInfo>& rooms = page.rooms;
    QCOMPARE(rooms.size(), 2);
    const RoomInfo& chatter = rooms.at(0);
    QCOMPARE(chatter.jid, u"chatter@conference.example.org"_s);
    QCOMPARE(chatter.service, u"conference.example.org"_s);
    QVERIFY(chatter.name.isEmpty() && chatter.description.isEmpty());
    QCOMPARE(chatter.occupants, 2);
    QVERIFY(chatter.isPublic && !chatter.persistent && !chatter.membersOnly && !chatter.passwordProtected);
    QCOMPARE(chatter.lastMessage, QDateTime::fromSecsSinceEpoch(1796217302));
    QCOMPARE(chatter.lastMessageSource, u"history"_s);
    QVERIFY(!chatter.created.isValid());
    const RoomInfo& quiet = rooms.at(1);
    QCOMPARE(quiet.name, u"Quiet room"_s);
    QVERIFY(!quiet.isPublic && quiet.persistent && quiet.membersOnly && quiet.passwordProtected);
    QVERIFY(!quiet.lastMessage.isValid());
    QCOMPARE(quiet.lastActivity(), QDateTime::fromSecsSinceEpoch(1796217000));
}

void TestRoomsApi::parseRoomsPage()
{
    // The second page of three rooms, two to a page, as our module answers ?offset=2&limit=2.
    const QByteArray body = R"({"result":{"rooms":[{"jid":"c@conference.example.org","occupants":0}],)"
                            R"("count":1,"offset":2,"limit":2,"total":3,"services":["conference.example.org"]}})";
    RoomPage page;
    QString message;
    QVERIFY(!ResponseParser::parseRooms(answer(200, body), page, message));
    QCOMPARE(page.offset, 2);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.rooms.size(), 1);
    QCOMPARE(page.rooms.at(0).jid, u"c@conference.example.org"_s);
    // An empty page past the end ({} is Lua's empty list).
    QVERIFY(!ResponseParser::parseRooms(
        answer(200, R"({"result":{"rooms":{},"count":0,"offset":5,"limit":2,"total":3}})"), page, message));
    QCOMPARE(page.offset, 5);
    QCOMPARE(page.total, 3);
    QVERIFY(page.rooms.isEmpty());
}

void TestRoomsApi::parseRoom()
{
    RoomDetails details;
    QString message;
    const QByteArray body
        = R"({"result":{"room":{"jid":"club@conference.example.org","occupants":2,"occupant_list":[)"
          R"({"nick":"Ann","jid":"ann@example.org/laptop","role":"moderator","affiliation":"owner"},)"
          R"({"nick":"Bob","jid":"bob@example.org/phone","role":"participant","affiliation":"none"}],)"
          R"("affiliations":[{"jid":"ann@example.org","affiliation":"owner"},{"jid":"eve@example.org","affiliation":"outcast"}]}}})";
    QVERIFY(!ResponseParser::parseRoom(answer(200, body), details, message));
    QCOMPARE(details.room.jid, u"club@conference.example.org"_s);
    QCOMPARE(details.occupants.size(), 2);
    QCOMPARE(details.occupants.at(1).nick, u"Bob"_s);
    QCOMPARE(details.occupants.at(1).jid, u"bob@example.org/phone"_s);
    QCOMPARE(details.occupants.at(0).role, u"moderator"_s);
    QCOMPARE(details.occupants.at(0).affiliation, u"owner"_s);
    QCOMPARE(details.affiliations.size(), 2);
    QCOMPARE(details.affiliations.at(1).affiliation, u"outcast"_s);
    // No occupants and no affiliations: the module sends [] (util.json) or {} (an empty Lua table).
    QVERIFY(!ResponseParser::parseRoom(
        answer(200, R"({"result":{"room":{"jid":"x@c.org","occupant_list":{},"affiliations":[]}}})"), details,
        message));
    QVERIFY(details.occupants.isEmpty() && details.affiliations.isEmpty());
    const ApiError missing
        = ResponseParser::parseRoom(answer(404, R"({"result":"Room does not exist: x@c.org"})"), details, message);
    QCOMPARE(missing.kind, Kind::NotFound);
    QCOMPARE(message, u"Room does not exist: x@c.org"_s);
}

void TestRoomsApi::parseDestroyRooms()
{
    RoomDestroyResult result;
    QString message;
    QVERIFY(!ResponseParser::parseDestroyRooms(
        answer(200, R"({"result":{"destroyed":["a@c.org","b@c.org"],"missing":{},"count":2}})"), result, message));
    QCOMPARE(result.destroyed, (QStringList{u"a@c.org"_s, u"b@c.org"_s}));
    QVERIFY(result.missing.isEmpty());
    const ApiError refused = ResponseParser::parseDestroyRooms(
        answer(403, R"({"result":"Not allowed on host b.org: a@a.org is not an administrator of b.org"})"), result,
        message);
    QVERIFY(refused.isError());
    QVERIFY(message.startsWith(u"Not allowed on host b.org"_s));
}

void TestRoomsApi::parseConnections()
{
    QList<S2sConnection> connections;
    QString message;
    const QByteArray body
        = R"({"result":{"count":2,"connections":[{"ip":"127.0.0.1","certificate":{"chain":"invalid","identity":null},)"
          R"("since":1796217609,"remote":"west.localhost","id":"s2sin5634c3a5cc00","secure":true,"authenticated":true,)"
          R"("local":"east.localhost","auth":"dialback","direction":"incoming"},)"
          R"({"id":"s2sout1","direction":"outgoing","local":"east.localhost","remote":"west.localhost",)"
          R"("authenticated":false,"secure":false,"auth":null,"certificate":null,"ip":null,"since":null}]}})";
    QVERIFY(!ResponseParser::parseS2sConnections(answer(200, body), connections, message));
    QCOMPARE(connections.size(), 2);
    const S2sConnection& in = connections.at(0);
    QVERIFY(in.incoming && in.secure && in.authenticated);
    QCOMPARE(in.id, u"s2sin5634c3a5cc00"_s);
    QCOMPARE(in.localHost, u"east.localhost"_s);
    QCOMPARE(in.remoteHost, u"west.localhost"_s);
    QCOMPARE(in.auth, u"dialback"_s);
    QCOMPARE(in.certificateChain, u"invalid"_s);
    QCOMPARE(in.since, QDateTime::fromSecsSinceEpoch(1796217609));
    const S2sConnection& out = connections.at(1);
    QVERIFY(!out.incoming && !out.secure && !out.authenticated);
    QVERIFY(out.auth.isEmpty() && out.certificateChain.isEmpty() && !out.since.isValid());
}

void TestRoomsApi::parseCertificates()
{
    QList<CertificateInfo> certificates;
    QString message;
    const QByteArray body
        = R"({"result":{"now":1796217300,"count":2,"certificates":[{"file":"/etc/prosody/certs/expired.localhost.crt",)"
          R"("service":"c2s","self_signed":true,"host":"expired.localhost","expired":true,)"
          R"("names":["DNS:expired.localhost"],"not_before":1795353292,"subject":"commonName=expired.localhost",)"
          R"("not_after":1796130892,"matches_host":true,"days_left":-2,"common_name":"expired.localhost",)"
          R"("not_yet_valid":false,"fingerprint_sha256":"9a54","issuer":"commonName=expired.localhost"},)"
          R"({"host":"bare.localhost","service":"s2s","file":null,"error":"No certificate"}]}})";
    QVERIFY(!ResponseParser::parseCertificates(answer(200, body), certificates, message));
    QCOMPARE(certificates.size(), 2);
    const CertificateInfo& expired = certificates.at(0);
    QCOMPARE(expired.host, u"expired.localhost"_s);
    QCOMPARE(expired.service, u"c2s"_s);
    QVERIFY(expired.expired && expired.matchesHost && expired.selfSigned && !expired.notYetValid);
    QCOMPARE(expired.daysLeft, -2);
    QCOMPARE(expired.names, QStringList{u"DNS:expired.localhost"_s});
    QCOMPARE(expired.notAfter, QDateTime::fromSecsSinceEpoch(1796130892));
    QCOMPARE(expired.commonName, u"expired.localhost"_s);
    QCOMPARE(expired.fingerprintSha256, u"9a54"_s);
    const CertificateInfo& none = certificates.at(1);
    QCOMPARE(none.error, u"No certificate"_s);
    QVERIFY(none.file.isEmpty());
}

void TestRoomsApi::malformedAnswers_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("rooms not a list") << u"rooms"_s << QByteArray(R"({"result":{"rooms":"none"}})");
    QTest::newRow("room without jid") << u"rooms"_s << QByteArray(R"({"result":{"rooms":[{"name":"x"}]}})");
    QTest::newRow("rooms total not a number")
        << u"rooms"_s << QByteArray(R"({"result":{"rooms":[],"offset":0,"total":"many"}})");
    QTest::newRow("occupant without nick")
        << u"room"_s << QByteArray(R"({"result":{"room":{"jid":"a@c.org","occupant_list":[{"jid":"x"}]}}})");
    QTest::newRow("room not an object") << u"room"_s << QByteArray(R"({"result":{"room":"a@c.org"}})");
    QTest::newRow("connection without direction")
        << u"s2s"_s << QByteArray(R"({"result":{"connections":[{"id":"s2sin1"}]}})");
    QTest::newRow("certificate without validity")
        << u"certificates"_s
        << QByteArray(R"({"result":{"certificates":[{"host":"a.org","service":"c2s","names":[]}]}})");
    QTest::newRow("destroyed not a list") << u"destroy"_s << QByteArray(R"({"result":{"destroyed":"a@c.org"}})");
}

void TestRoomsApi::malformedAnswers()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QString message;
    ApiError error;
    if (parser == "rooms"_L1) {
        RoomPage v;
        error = ResponseParser::parseRooms(answer(200, body), v, message);
    } else if (parser == "room"_L1) {
        RoomDetails v;
        error = ResponseParser::parseRoom(answer(200, body), v, message);
    } else if (parser == "s2s"_L1) {
        QList<S2sConnection> v;
        error = ResponseParser::parseS2sConnections(answer(200, body), v, message);
    } else if (parser == "certificates"_L1) {
        QList<CertificateInfo> v;
        error = ResponseParser::parseCertificates(answer(200, body), v, message);
    } else {
        RoomDestroyResult v;
        error = ResponseParser::parseDestroyRooms(answer(200, body), v, message);
    }
    QCOMPARE(error.kind, Kind::MalformedResponse);
}

void TestRoomsApi::missingExtensionIsNotSupported()
{
    // A server without a MUC component, or a published module: the route does not exist.
    RoomPage rooms;
    QString message;
    QCOMPARE(ResponseParser::parseRooms(answer(404, R"({"result":"Invalid request path"})"), rooms, message).kind,
        Kind::NotSupported);
}

void TestRoomsApi::survivesTruncationAndNoise()
{
    // Every prefix of the bodies above and deterministic noise, through each parser at the statuses that
    // take different paths: nothing may crash, every failure must say what it is.
    const QList<QByteArray> bodies{kRooms,
        R"({"result":{"room":{"jid":"a@c","occupant_list":[{"nick":"n","jid":1}],"affiliations":{"x":1}}}})",
        R"({"result":{"connections":[{"id":"s","direction":"incoming","since":1e300,"certificate":"x"}]}})",
        R"({"result":{"certificates":[{"host":"h","service":"c2s","names":["DNS:h"],"not_after":-1e308,"days_left":"9"}]}})",
        R"({"result":{"destroyed":["a@c"],"missing":[1]}})"};
    QList<QByteArray> inputs;
    for (const QByteArray& body : bodies) {
        for (qsizetype n = 0; n <= body.size(); n += 3)
            inputs << body.left(n);
    }
    static constexpr char alphabet[] = "{}[]\\\",:0123456789.-eEtruefalsnul result rooms jid names";
    quint32 seed = 16;
    for (int i = 0; i < 200; ++i) {
        QByteArray noise;
        for (int j = 0; j < 40; ++j) {
            seed = seed * 1664525u + 1013904223u;
            noise += alphabet[(seed >> 8) % (sizeof alphabet - 1)];
        }
        inputs << noise;
    }
    int checked = 0;
    for (const QByteArray& input : std::as_const(inputs)) {
        for (int status : {200, 404, 500}) {
            const HttpResponse response = answer(status, input);
            QString message;
            RoomPage rooms;
            RoomDetails room;
            RoomDestroyResult destroyed;
            QList<S2sConnection> connections;
            QList<CertificateInfo> certificates;
            for (const ApiError& error : {ResponseParser::parseRooms(response, rooms, message),
                     ResponseParser::parseRoom(response, room, message),
                     ResponseParser::parseDestroyRooms(response, destroyed, message),
                     ResponseParser::parseS2sConnections(response, connections, message),
                     ResponseParser::parseCertificates(response, certificates, message)}) {
                if (error.isError())
                    QVERIFY(!error.userMessage().isEmpty());
                ++checked;
            }
        }
    }
    QVERIFY(checked > 2000);
}

void TestRoomsApi::idleRooms()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000);
    const QDateTime weekAgo = now.addDays(-7);
    RoomInfo room;
    room.occupants = 0;
    QVERIFY(room.isIdleSince(weekAgo)); // nothing known: idle
    room.created = now.addDays(-30);
    QVERIFY(room.isIdleSince(weekAgo));
    room.lastMessage = now.addDays(-1);
    QVERIFY(!room.isIdleSince(weekAgo)); // the last message decides over the creation
    room.lastMessage = now.addDays(-8);
    QVERIFY(room.isIdleSince(weekAgo));
    room.occupants = 1;
    QVERIFY(!room.isIdleSince(weekAgo)); // someone is in it
}

void TestRoomsApi::certificateWarnings()
{
    CertificateInfo fine;
    fine.matchesHost = true;
    fine.daysLeft = 60;
    QVERIFY(!fine.needsWarning(14));
    CertificateInfo soon = fine;
    soon.daysLeft = 13;
    QVERIFY(soon.needsWarning(14));
    QVERIFY(!soon.needsWarning(13));
    CertificateInfo mismatched = fine;
    mismatched.matchesHost = false;
    QVERIFY(mismatched.needsWarning(14));
    CertificateInfo expired = fine;
    expired.expired = true;
    expired.daysLeft = -1;
    QVERIFY(expired.needsWarning(0));
    CertificateInfo missing;
    missing.error = u"No certificate"_s;
    QVERIFY(missing.needsWarning(14));
}

QTEST_MAIN(TestRoomsApi)
#include "TestRoomsApi.moc"
