// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"
#include "api/CapabilityProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Kind = ApiError::Kind;
using Routes = QList<QPair<QByteArray, Response>>;

Q_DECLARE_METATYPE(Response)
Q_DECLARE_METATYPE(Routes)

namespace {

// The capabilities in one line: the flavor, then every flag that is set.
QString describe(const Capabilities& c)
{
    static const char* const flavors[] = {"Unknown", "Classic", "Current", "Ours"};
    QStringList parts{QString::fromLatin1(flavors[int(c.flavor)])};
    const QList<QPair<bool, const char*>> flags{{c.ping, "ping"}, {c.allUsers, "allUsers"},
        {c.registeredUsersPaged, "paged"}, {c.groups, "groups"}, {c.groupListing, "groupListing"},
        {c.multicast, "multicast"}, {c.vcards, "vcards"}, {c.roles, "roles"}, {c.reload, "reload"}, {c.wipes, "wipes"},
        {c.serverInfo, "info"}};
    for (const auto& flag : flags) {
        if (flag.first) {
            parts << QString::fromLatin1(flag.second);
        }
    }
    return parts.join(u' ');
}

// What the probe concluded about the Prosody behind it and the roles to offer.
QString describeRoles(const Capabilities& c)
{
    return u"%1 %2 %3%4"_s.arg(c.prosodySeries, c.rolesListedByServer ? u"listed"_s : u"built-in"_s,
        c.availableRoles.join(u','), c.rosterRemovalIsMutual ? u" mutual"_s : QString());
}

// Prosody 13's HTTP server tags every answer with an X-Request-Id.
Routes fromProsody13(Routes routes)
{
    for (auto& route : routes)
        route.second.headers.append(qMakePair(QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("7krOwf6AAClX")));
    return routes;
}

const QString invalidPath = u"Invalid request path"_s;

Routes classicRoutes()
{
    return {
        {"GET /ping", Response::json(200, R"("PONG")")},
        // Every multicast is a traceback before anything is sent: Prosody's own 500 page.
        {"POST /message", Response::rawBytes("HTTP/1.0 500 Internal Server Error\r\n\r\n<html>500</html>")},
    };
}

Routes currentRoutes(const Response& allUsers, bool groups)
{
    Routes routes{
        {"GET /ping", Response::json(200, R"("PONG")")},
        {"GET /all-users", allUsers},
        {"GET /vcards/admin", Response::message(404, u"No vCard for admin@example.org"_s)},
    };
    if (groups) {
        routes.append({"GET /groups", Response::message(405, u"Invalid request method"_s)});
    }
    return routes;
}

Routes ourRoutes()
{
    return {
        {"GET /ping", Response::json(200, R"("PONG")")},
        {"GET /all-users",
            Response::json(200,
                R"({"users":[{"jid":"admin@example.org","role":{"id":"prosody:admin"},"secondary_roles":{}}],"count":1})")},
        {"GET /registered-users",
            Response::json(200,
                R"({"users":[{"jid":"admin@example.org","role":"prosody:admin"}],"offset":0,"count":1,"total":7})")},
        {"GET /groups", Response::json(200, R"({"groups":{},"count":0})")},
        {"GET /info",
            Response::json(200,
                R"({"info":{"server":"example.org","prosody_version":"13.0.2","module":"admin_rest",)"
                R"("module_version":"1.0.0","uptime":5,"memory":1,"modules":3,"hosts":["example.org"],"extensions":["groups"],)"
                R"("roles":["prosody:operator","prosody:admin","prosody:member","custom:auditor"]}})")},
        {"POST /message", Response::message(404, u"No multicast recipients"_s)},
        {"GET /vcards/admin", Response::text(200, "text/vcard", "BEGIN:VCARD\r\nEND:VCARD\r\n")},
    };
}

} // namespace

class TestCapabilityProbe : public QObject
{
    Q_OBJECT
private slots:
    void flavors_data();
    void flavors();
    void prosodySeriesAndRoles_data();
    void prosodySeriesAndRoles();
    void probeRequestsChangeNothing();
    void refusedSignInIsOneRequest_data();
    void refusedSignInIsOneRequest();
    void unreachable();
    void clientDestroyedDuringProbe();
    void probeDestroyedDuringProbe();
    void restartable();
};

void TestCapabilityProbe::flavors_data()
{
    QTest::addColumn<Routes>("routes");
    QTest::addColumn<Response>("fallback");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("errorKind");

    const Response noRoute = Response::message(404, invalidPath);
    QTest::newRow("classic") << classicRoutes() << noRoute << u"Classic ping"_s << int(Kind::None);
    QTest::newRow("current") << currentRoutes(
        Response::json(200,
            R"({"users":[{"jid":"admin@example.org","role":{"id":"prosody:admin"},"secondary_roles":{}}],"count":1})"),
        true) << noRoute << u"Current ping allUsers groups vcards roles wipes"_s
                             << int(Kind::None);
    QTest::newRow("current with lua-cjson, no groups")
        << currentRoutes(Response::text(200, "application/json", {}), false) << noRoute
        << u"Current ping vcards roles wipes"_s << int(Kind::None);
    QTest::newRow("ours") << ourRoutes() << noRoute
                          << u"Ours ping paged groups groupListing multicast vcards roles reload wipes info"_s
                          << int(Kind::None);
    QTest::newRow("wrong password") << Routes{} << Response::message(401, u"Authentication failure"_s) << u"Unknown"_s
                                    << int(Kind::AuthenticationFailed);
    QTest::newRow("not an admin") << Routes{} << Response::message(401, u"User must be an administrator"_s)
                                  << u"Unknown"_s << int(Kind::NotAdmin);
    QTest::newRow("not whitelisted") << Routes{} << Response::text(401, {}, {}) << u"Unknown"_s
                                     << int(Kind::NotWhitelisted);
    QTest::newRow("bare user name") << Routes{} << Response::message(404, u"Host does not exist or is malformed"_s)
                                    << u"Unknown"_s << int(Kind::UnknownVirtualHost);
    QTest::newRow("no admin_rest here") << Routes{}
                                        << Response::text(404, "text/html", "<html><body>Not Found</body></html>")
                                        << u"Unknown"_s << int(Kind::ApiNotFound);
    QTest::newRow("HTML 500 everywhere") << Routes{}
                                         << Response::rawBytes(
                                                "HTTP/1.0 500 Internal Server Error\r\n\r\n<html>x</html>")
                                         << u"Unknown"_s << int(Kind::ServerError);
}

void TestCapabilityProbe::flavors()
{
    QFETCH(Routes, routes);
    QFETCH(Response, fallback);
    QFETCH(QString, expected);
    QFETCH(int, errorKind);

    FakeHttpServer server;
    QVERIFY(server.listen());
    for (const auto& route : routes) {
        server.setRoute(route.first, route.second);
    }
    server.setDefaultResponse(fallback);
    AdminRestClient client(settingsFor(server.url()));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(probe.isRunning());
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    const auto found = spy.at(0).at(0).value<Capabilities>();
    QVERIFY(found.probed);
    QCOMPARE(describe(found), expected);
    QCOMPARE(int(found.error.kind), errorKind);
    QCOMPARE(describe(probe.result()), expected);
    QVERIFY(!probe.isRunning());
    if (found.flavor == Capabilities::Flavor::Ours) {
        QCOMPARE(found.prosodyVersion, u"13.0.2"_s);
        QVERIFY(found.canListRegisteredUsers());
    }
    if (errorKind != int(Kind::None)) {
        QVERIFY(!found.error.userMessage().isEmpty());
    }
    QVERIFY(!found.flavorName().isEmpty());
}

void TestCapabilityProbe::refusedSignInIsOneRequest_data()
{
    QTest::addColumn<Response>("answer");
    QTest::addColumn<int>("errorKind");
    QTest::newRow("wrong password") << Response::message(401, u"Authentication failure"_s)
                                    << int(Kind::AuthenticationFailed);
    QTest::newRow("throttled") << Response::message(429, u"Too many failed authentications from 127.0.0.1"_s)
                               << int(Kind::TooManyAttempts);
}

void TestCapabilityProbe::refusedSignInIsOneRequest()
{
    // Our module throttles an address after a few failed sign-ins: a wrong password must cost one
    // failure, not one per probe request.
    QFETCH(Response, answer);
    QFETCH(int, errorKind);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setDefaultResponse(answer);
    AdminRestClient client(settingsFor(server.url()));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(spy.wait(10000));
    QCOMPARE(int(probe.result().error.kind), errorKind);
    // The sign-in (POST /token, with the password) is the one request: the ping waiting for its token
    // ends with the same refusal, unsent.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(
        server.requests().first().method + ' ' + server.requests().first().path, QByteArray("POST /admin_rest/token"));
    QCOMPARE(server.requests().first().header("Authorization"), expectedAuthorization());
}

void TestCapabilityProbe::prosodySeriesAndRoles_data()
{
    QTest::addColumn<Routes>("routes");
    QTest::addColumn<QString>("expected");

    const Response currentUsers = Response::json(200, R"({"users":{},"count":0})");
    QTest::newRow("classic on 0.12") << classicRoutes() << u"0.12 built-in prosody:admin,prosody:user"_s;
    QTest::newRow("current on 0.12") << currentRoutes(currentUsers, true)
                                     << u"0.12 built-in prosody:admin,prosody:user"_s;
    QTest::newRow("current on 13") << fromProsody13(currentRoutes(currentUsers,
        true)) << u"13 built-in prosody:operator,prosody:admin,prosody:member,prosody:registered,prosody:guest"_s;
    // Our module lists the host's roles (custom ones too) and says its version: no guessing.
    QTest::newRow("ours") << ourRoutes()
                          << u"13 listed prosody:operator,prosody:admin,prosody:member,custom:auditor mutual"_s;
}

void TestCapabilityProbe::prosodySeriesAndRoles()
{
    QFETCH(Routes, routes);
    QFETCH(QString, expected);

    FakeHttpServer server;
    QVERIFY(server.listen());
    for (const auto& route : routes)
        server.setRoute(route.first, route.second);
    server.setDefaultResponse(Response::message(404, invalidPath));
    AdminRestClient client(settingsFor(server.url()));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(spy.wait(10000));
    QCOMPARE(describeRoles(probe.result()), expected);
}

void TestCapabilityProbe::probeRequestsChangeNothing()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    for (const auto& route : ourRoutes()) {
        server.setRoute(route.first, route.second);
    }
    AdminRestClient client(settingsFor(server.url()));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(spy.wait(10000));

    QStringList lines;
    for (const auto& request : server.requests()) {
        lines << QString::fromLatin1(request.method + ' ' + request.path);
        // No tokens here (POST /token: "Invalid request path"): the password on every request.
        QCOMPARE(request.header("Authorization"), expectedAuthorization());
        if (request.method == "POST" && request.path == "/admin_rest/token") {
            QVERIFY(request.body.isEmpty());
        } else if (request.method == "POST") {
            // Multicast to nobody: the only request with a body, and it sends nothing to anyone.
            QCOMPARE(request.body, QByteArray(R"({"recipients":[]})"));
            QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        } else {
            QCOMPARE(request.method, QByteArray("GET"));
        }
    }
    lines.sort();
    QCOMPARE(lines,
        QStringList({u"GET /admin_rest/groups"_s, u"GET /admin_rest/info"_s, u"GET /admin_rest/ping"_s,
            u"GET /admin_rest/registered-users?offset=0&limit=1"_s, u"GET /admin_rest/vcards/admin"_s,
            u"POST /admin_rest/message"_s, u"POST /admin_rest/token"_s}));
    QVERIFY(!client.usesToken());
}

void TestCapabilityProbe::unreachable()
{
    quint16 port = 0;
    {
        FakeHttpServer gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    AdminRestClient client(settingsFor(QUrl(u"http://127.0.0.1:%1/admin_rest"_s.arg(port))));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(spy.wait(10000));
    const auto found = spy.at(0).at(0).value<Capabilities>();
    QCOMPARE(found.error.kind, Kind::ConnectionRefused);
    QCOMPARE(found.flavor, Capabilities::Flavor::Unknown);
    QVERIFY(!found.ping);
}

void TestCapabilityProbe::clientDestroyedDuringProbe()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    server.setRoute("POST /token", Response::message(404, invalidPath));
    server.setDefaultResponse(Response::never());
    auto client = std::make_unique<AdminRestClient>(settingsFor(server.url()));
    CapabilityProbe probe(client.get());
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    // The sign-in and ping, then the five route probes (GET /all-users would follow only a failed
    // paged listing; that one never answers here).
    QTRY_COMPARE(server.requestCount(), 7);
    client.reset();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Capabilities>().error.kind, Kind::Cancelled);
}

void TestCapabilityProbe::probeDestroyedDuringProbe()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    server.setRoute("POST /token", Response::message(404, invalidPath));
    server.setDefaultResponse(Response::never());
    AdminRestClient client(settingsFor(server.url()));
    QSignalSpy records(&client, &AdminRestClient::requestFinished);
    auto probe = std::make_unique<CapabilityProbe>(&client);
    probe->start();
    // The sign-in and ping, then the five route probes (GET /all-users would follow only a failed
    // paged listing; that one never answers here).
    QTRY_COMPARE(server.requestCount(), 7);
    QCOMPARE(records.size(), 2); // the sign-in and the ping
    probe.reset();
    // The requests under way are cancelled with it.
    QCOMPARE(records.size(), 7);
    for (qsizetype i = 2; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(0).value<RequestRecord>().errorKind, Kind::Cancelled);
    }
}

void TestCapabilityProbe::restartable()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    for (const auto& route : classicRoutes()) {
        server.setRoute(route.first, route.second);
    }
    AdminRestClient client(settingsFor(server.url()));
    CapabilityProbe probe(&client);
    QSignalSpy spy(&probe, &CapabilityProbe::finished);
    probe.start();
    probe.start(); // ignored while running
    QVERIFY(spy.wait(10000));
    QCOMPARE(server.requestCount(), 8); // the sign-in ("Invalid request path"), ping, six route probes
    QCOMPARE(probe.result().flavor, Capabilities::Flavor::Classic);

    for (const auto& route : ourRoutes()) {
        server.setRoute(route.first, route.second);
    }
    probe.start();
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(probe.result().flavor, Capabilities::Flavor::Ours);
}

QTEST_GUILESS_MAIN(TestCapabilityProbe)
#include "TestCapabilityProbe.moc"
