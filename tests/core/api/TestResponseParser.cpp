// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

QString yesNo(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

// Runs the named parser and describes its value in one line, so that one table covers every parser.
QString run(const QString& parser, const HttpResponse& response, ApiError& error, QString& serverMessage)
{
    if (parser == "message"_L1) {
        QString v;
        error = ResponseParser::parseMessage(response, v, serverMessage);
        return v;
    }
    if (parser == "ping"_L1) {
        QString v;
        error = ResponseParser::parsePing(response, v, serverMessage);
        return v;
    }
    if (parser == "user"_L1) {
        UserInfo v;
        error = ResponseParser::parseUser(response, v, serverMessage);
        QStringList sessions;
        for (const Session& s : v.sessions) {
            sessions << u"%1/%2/%3/%4/%5"_s.arg(s.resource, s.id, s.ip)
                            .arg(s.port)
                            .arg(s.secure ? yesNo(*s.secure) : u"?"_s);
        }
        return u"connected=%1 [%2]"_s.arg(yesNo(v.connected), sessions.join(u' '));
    }
    if (parser == "connected"_L1) {
        bool v = false;
        error = ResponseParser::parseConnected(response, v, serverMessage);
        return yesNo(v);
    }
    if (parser == "createUser"_L1) {
        CreateUserResult v{};
        error = ResponseParser::parseCreateUser(response, v, serverMessage);
        return v == CreateUserResult::Created ? u"created"_s : u"password updated"_s;
    }
    if (parser == "deleteUser"_L1) {
        DeleteUserResult v{};
        error = ResponseParser::parseDeleteUser(response, v, serverMessage);
        return v == DeleteUserResult::Deleted ? u"deleted"_s : u"did not exist"_s;
    }
    if (parser == "sessions"_L1) {
        QList<ConnectedSession> v;
        error = ResponseParser::parseConnectedSessions(response, v, serverMessage);
        QStringList items;
        for (const auto& s : v) {
            items << s.username + u'/' + s.resource;
        }
        return items.join(u' ');
    }
    if (parser == "count"_L1) {
        int v = -1;
        error = ResponseParser::parseCount(response, v, serverMessage);
        return QString::number(v);
    }
    auto users = [](const QList<RegisteredUser>& list) {
        QStringList items;
        for (const auto& u : list) {
            items << u.jid + u'=' + u.role
                    + (u.secondaryRoles.isEmpty() ? QString() : u'+' + u.secondaryRoles.join(u'+'));
        }
        return items.join(u' ');
    };
    if (parser == "allUsers"_L1) {
        QList<RegisteredUser> v;
        error = ResponseParser::parseAllUsers(response, v, serverMessage);
        return users(v);
    }
    if (parser == "registeredUsers"_L1) {
        RegisteredUserPage v;
        error = ResponseParser::parseRegisteredUsers(response, v, serverMessage);
        return u"%1..%2 [%3]"_s.arg(v.offset).arg(v.total).arg(users(v.users));
    }
    if (parser == "roster"_L1) {
        QList<RosterItem> v;
        error = ResponseParser::parseRoster(response, v, serverMessage);
        QStringList items;
        for (const auto& i : v) {
            items << u"%1(%2,%3,%4,%5)"_s.arg(i.jid, i.name, i.subscription, i.ask, i.groups.join(u'|'));
        }
        return items.join(u' ');
    }
    if (parser == "delivery"_L1) {
        MessageDelivery v{};
        error = ResponseParser::parseMessageDelivery(response, v, serverMessage);
        return v == MessageDelivery::Delivered ? u"delivered"_s : u"queued"_s;
    }
    if (parser == "multicast"_L1) {
        MulticastResult v;
        error = ResponseParser::parseMulticast(response, v, serverMessage);
        return u"%1/%2"_s.arg(v.sent).arg(v.queued);
    }
    if (parser == "modules"_L1) {
        QStringList v;
        error = ResponseParser::parseModules(response, v, serverMessage);
        return v.join(u',');
    }
    if (parser == "module"_L1) {
        ModuleState v;
        error = ResponseParser::parseModule(response, v, serverMessage);
        return v.name + u'=' + yesNo(v.loaded);
    }
    if (parser == "unloadModule"_L1) {
        QString v;
        error = ResponseParser::parseUnloadModule(response, v, serverMessage);
        return v;
    }
    if (parser == "whitelist"_L1) {
        QStringList v;
        error = ResponseParser::parseWhitelist(response, v, serverMessage);
        return v.join(u',');
    }
    if (parser == "vcard"_L1) {
        QString v;
        error = ResponseParser::parseVcard(response, v, serverMessage);
        return v;
    }
    if (parser == "createGroup"_L1) {
        QString v;
        error = ResponseParser::parseCreateGroup(response, v, serverMessage);
        return v;
    }
    auto group = [](const GroupInfo& g) {
        return u"%1:%2:%3[%4]"_s.arg(g.id, g.name).arg(g.memberCount).arg(g.members.join(u','));
    };
    if (parser == "groups"_L1) {
        QList<GroupInfo> v;
        error = ResponseParser::parseGroups(response, v, serverMessage);
        QStringList items;
        for (const auto& g : v) {
            items << group(g);
        }
        return items.join(u' ');
    }
    if (parser == "group"_L1) {
        GroupInfo v;
        error = ResponseParser::parseGroup(response, v, serverMessage);
        return group(v);
    }
    if (parser == "info"_L1) {
        ServerInfo v;
        error = ResponseParser::parseServerInfo(response, v, serverMessage);
        return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(v.server, v.prosodyVersion, v.module, v.moduleVersion)
            .arg(v.uptimeSeconds)
            .arg(v.memoryBytes)
            .arg(v.moduleCount)
            .arg(v.hosts.join(u','), v.extensions.join(u','));
    }
    if (parser == "infoStorage"_L1) {
        ServerInfo v;
        error = ResponseParser::parseServerInfo(response, v, serverMessage);
        return u"%1|%2"_s.arg(v.storageBackend, v.storageDriver);
    }
    if (parser == "kick"_L1) {
        int v = -1;
        error = ResponseParser::parseKick(response, v, serverMessage);
        return QString::number(v);
    }
    if (parser == "announce"_L1) {
        AnnounceResult v;
        error = ResponseParser::parseAnnounce(response, v, serverMessage);
        return u"%1=%2+%3+%4+%5"_s.arg(v.count).arg(v.sent).arg(v.queued).arg(v.dropped).arg(v.failed);
    }
    if (parser == "lastActivity"_L1) {
        LastActivityPage v;
        error = ResponseParser::parseLastActivity(response, v, serverMessage);
        QStringList items;
        for (const UserActivity& a : v.users) {
            items << u"%1:%2:%3"_s.arg(a.jid, yesNo(a.online))
                         .arg(a.lastActivity.isValid() ? a.lastActivity.toSecsSinceEpoch() : -1);
        }
        return u"%1..%2 since %3 [%4]"_s.arg(v.offset)
            .arg(v.total)
            .arg(v.since.isValid() ? v.since.toSecsSinceEpoch() : -1)
            .arg(items.join(u' '));
    }
    qFatal("unknown parser");
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void parse_data();
    void parse();
    void multicastMessage_data();
    void multicastMessage();
    void mediaType();
    void survivesTruncationAndNoise();
};

void TestResponseParser::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("serverMessage");

    const QByteArray json = "application/json";
    const QByteArray html = "text/html";
    const QByteArray prosody404
        = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
          "<body><h1>Not Found</h1><p>Whatever you were looking for is not here.</p></body></html>";
    QTest::newRow("200") << 200 << json << QByteArray(R"({"result":"PONG"})") << int(Kind::None) << QString();
    QTest::newRow("whitelist: empty 401")
        << 401 << QByteArray() << QByteArray() << int(Kind::NotWhitelisted) << QString();
    QTest::newRow("not admin") << 401 << json << QByteArray(R"({"result":"User must be an administrator"})")
                               << int(Kind::NotAdmin) << u"User must be an administrator"_s;
    QTest::newRow("bad password") << 401 << json << QByteArray(R"({"result":"Authentication failure"})")
                                  << int(Kind::AuthenticationFailed) << u"Authentication failure"_s;
    QTest::newRow("bad credentials") << 400 << json << QByteArray(R"({"result":"Invalid authentication details"})")
                                     << int(Kind::AuthenticationFailed) << u"Invalid authentication details"_s;
    QTest::newRow("no credentials") << 400 << json << QByteArray(R"({"result":"Missing authorization header"})")
                                    << int(Kind::AuthenticationFailed) << u"Missing authorization header"_s;
    QTest::newRow("bad body") << 400 << json << QByteArray(R"({"result":"Body does not exist or is malformed"})")
                              << int(Kind::BadRequest) << u"Body does not exist or is malformed"_s;
    QTest::newRow("unknown host") << 404 << json << QByteArray(R"({"result":"Host does not exist or is malformed"})")
                                  << int(Kind::UnknownVirtualHost) << u"Host does not exist or is malformed"_s;
    QTest::newRow("no such route") << 404 << json << QByteArray(R"({"result":"Invalid request path"})")
                                   << int(Kind::NotSupported) << u"Invalid request path"_s;
    QTest::newRow("no such method") << 405 << json << QByteArray(R"({"result":"Invalid request method"})")
                                    << int(Kind::NotSupported) << u"Invalid request method"_s;
    QTest::newRow("prosody not-found page") << 404 << html << prosody404 << int(Kind::ApiNotFound) << QString();
    QTest::newRow("no such user") << 404 << json << QByteArray(R"({"result":"User does not exist or is malformed"})")
                                  << int(Kind::NotFound) << u"User does not exist or is malformed"_s;
    QTest::newRow("no such contact") << 404 << json
                                     << QByteArray(R"({"result":"Contact does not exist or is malformed"})")
                                     << int(Kind::NotFound) << u"Contact does not exist or is malformed"_s;
    QTest::newRow("classic: user exists") << 409 << json << QByteArray(R"({"result":"User already exists"})")
                                          << int(Kind::Conflict) << u"User already exists"_s;
    QTest::newRow("group conflict") << 409 << json << QByteArray(R"({"result":"conflict"})") << int(Kind::Conflict)
                                    << u"conflict"_s;
    QTest::newRow("message dropped") << 501 << json << QByteArray(R"({"result":"Message dropped per configuration"})")
                                     << int(Kind::MessageDropped) << u"Message dropped per configuration"_s;
    QTest::newRow("json 500") << 500 << json << QByteArray(R"({"result":"Internal server error"})")
                              << int(Kind::ServerError) << u"Internal server error"_s;
    QTest::newRow("html 500, no headers")
        << 500 << QByteArray() << QByteArray("<html><body><h1>500 Internal Server Error</h1></body></html>")
        << int(Kind::ServerError) << QString();
    QTest::newRow("prosody not running") << 500 << json << QByteArray(R"({"result":"Prosody is not running"})")
                                         << int(Kind::ServerError) << u"Prosody is not running"_s;
    QTest::newRow("403") << 403 << html << QByteArray("forbidden") << int(Kind::HttpError) << QString();
    QTest::newRow("302") << 302 << html << QByteArray() << int(Kind::HttpError) << QString();
    QTest::newRow("503") << 503 << html << QByteArray() << int(Kind::ServerError) << QString();
}

void TestResponseParser::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, serverMessage);

    const ApiError error = ResponseParser::classify({status, contentType, body, {}});
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.serverMessage, serverMessage);
    if (error.isError()) {
        QCOMPARE(error.httpStatus, status);
    }
}

void TestResponseParser::parse_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value"); // the parser's value in one line (only compared on success)
    QTest::addColumn<QString>("serverMessage");

    const QByteArray json = "application/json";
    auto row = [&](const char* name, const char* parser, int status, const QByteArray& body, Kind kind,
                   const QString& value = {}, const QString& serverMessage = {},
                   const QByteArray& type = "application/json") {
        QTest::newRow(name) << QString::fromLatin1(parser) << status << type << body << int(kind) << value
                            << serverMessage;
    };

    // ping
    row("ping", "ping", 200, R"({"result":"PONG"})", Kind::None, u"PONG"_s, u"PONG"_s);
    row("ping: malformed JSON", "ping", 200, R"({"result":"PONG")", Kind::MalformedResponse);
    row("ping: object", "ping", 200, R"({"result":{}})", Kind::MalformedResponse);
    row("ping: HTML 200", "ping", 200, "<html></html>", Kind::MalformedResponse, {}, {}, "text/html");
    row("ping: no result member", "ping", 200, R"({"pong":true})", Kind::MalformedResponse);
    row("ping: top-level list", "ping", 200, R"(["PONG"])", Kind::MalformedResponse);

    // messages: result as string or object
    row("message: string", "message", 200, R"({"result":"User modified: a@example.org"})", Kind::None,
        u"User modified: a@example.org"_s, u"User modified: a@example.org"_s);
    row("message: object", "message", 200, R"({"result":{"count":1}})", Kind::None, QString(), QString());
    row("message: empty 200", "message", 200, "", Kind::None, QString(), QString(), QByteArray());
    row("message: malformed", "message", 200, "{result:", Kind::MalformedResponse);
    row("message: 404 user", "message", 404, R"({"result":"User does not exist: a@example.org"})", Kind::NotFound, {},
        u"User does not exist: a@example.org"_s);

    // GET /user/<user>
    row("user: contract example", "user", 200,
        R"({"result":{"user":{"connected":true,"sessions":[{"resource":"laptop","id":"f8fhfw3","ip":"127.0.0.1","port":1337,"secure":true}],"roster":{}}}})",
        Kind::None, u"connected=yes [laptop/f8fhfw3/127.0.0.1/1337/yes]"_s);
    row("user: 0.12 sessions without address", "user", 200,
        R"({"result":{"user":{"connected":true,"sessions":[{"resource":"r1","id":"abc"}],"roster":{}}}})", Kind::None,
        u"connected=yes [r1/abc//-1/?]"_s);
    row("user: offline, sessions {}", "user", 200,
        R"({"result":{"user":{"connected":false,"sessions":{},"roster":{}}}})", Kind::None, u"connected=no []"_s);
    row("user: no such user", "user", 404, R"({"result":"User does not exist: a@example.org"})", Kind::NotFound, {},
        u"User does not exist: a@example.org"_s);
    row("user: unserved host (HTML 500)", "user", 500, "<html>500</html>", Kind::ServerError, {}, {}, QByteArray());
    row("user: result is a list", "user", 200, R"({"result":[]})", Kind::MalformedResponse);
    row("user: user is a list", "user", 200, R"({"result":{"user":[1]}})", Kind::MalformedResponse);
    row("user: {} where the user object is due", "user", 200, R"({"result":{}})", Kind::MalformedResponse);
    row("user: sessions is a string", "user", 200, R"({"result":{"user":{"connected":true,"sessions":"x"}}})",
        Kind::MalformedResponse);

    // connected
    row("connected: yes", "connected", 200, R"({"result":{"connected":true}})", Kind::None, u"yes"_s);
    row("connected: offline is 404", "connected", 404, R"({"result":{"connected":false}})", Kind::None, u"no"_s);
    row("connected: no such user", "connected", 404, R"({"result":"User does not exist: a@example.org"})",
        Kind::NotFound);
    row("connected: not a boolean", "connected", 200, R"({"result":{"connected":"yes"}})", Kind::MalformedResponse);

    // POST /user/<user>
    row("create: 201", "createUser", 201, R"({"result":"User registered: a@example.org"})", Kind::None, u"created"_s,
        u"User registered: a@example.org"_s);
    row("create: current overwrote", "createUser", 200,
        R"({"result":"User <a@example.org> already existed, password updated"})", Kind::None, u"password updated"_s,
        u"User <a@example.org> already existed, password updated"_s);
    row("create: classic exists", "createUser", 409, R"({"result":"User already exists"})", Kind::Conflict, {},
        u"User already exists"_s);
    row("create: no password", "createUser", 400, R"({"result":"Body does not exist or is malformed"})",
        Kind::BadRequest);

    // DELETE /user/<user>
    row("delete: deleted", "deleteUser", 200, R"({"result":"User deleted: a@example.org"})", Kind::None, u"deleted"_s,
        u"User deleted: a@example.org"_s);
    row("delete: did not exist", "deleteUser", 200, R"({"result":"User does not exist: a@example.org"})", Kind::None,
        u"did not exist"_s, u"User does not exist: a@example.org"_s);
    row("delete: classic, did not exist", "deleteUser", 404, R"({"result":"User does not exist: a@example.org"})",
        Kind::None, u"did not exist"_s, u"User does not exist: a@example.org"_s);
    row("delete: malformed name", "deleteUser", 404, R"({"result":"User does not exist or is malformed"})",
        Kind::NotFound, {}, u"User does not exist or is malformed"_s);

    // GET /users
    row("sessions", "sessions", 200,
        R"({"result":{"users":[{"username":"alice","resource":"laptop"},{"username":"alice","resource":"phone"}],"count":2}})",
        Kind::None, u"alice/laptop alice/phone"_s);
    row("sessions: {}", "sessions", 200, R"({"result":{"users":{},"count":0}})", Kind::None, QString());
    row("sessions: users is an object", "sessions", 200, R"({"result":{"users":{"a":1},"count":1}})",
        Kind::MalformedResponse);
    row("sessions: result is a list", "sessions", 200, R"({"result":[{"username":"a"}]})", Kind::MalformedResponse);

    // counts
    row("users/count", "count", 200, R"({"result":{"count":3}})", Kind::None, u"3"_s);
    row("broadcast", "count", 200, R"({"result":{"count":0}})", Kind::None, u"0"_s);
    row("count: missing", "count", 200, R"({"result":{}})", Kind::MalformedResponse);
    row("count: fraction", "count", 200, R"({"result":{"count":1.5}})", Kind::MalformedResponse);

    // GET /all-users
    row("all-users: contract example", "allUsers", 200,
        R"({"result":{"users":[{"jid":"admin@example.org","role":{"id":"prosody:admin","name":"prosody:admin","priority":50,"inherits":{}},"secondary_roles":{}},)"
        R"({"jid":"bob@example.org","role":{"id":"prosody:registered","name":"prosody:registered","priority":20},"secondary_roles":["prosody:operator"]}],"count":2}})",
        Kind::None, u"admin@example.org=prosody:admin bob@example.org=prosody:registered+prosody:operator"_s);
    row("all-users: secondary roles as a set", "allUsers", 200,
        R"({"result":{"users":[{"jid":"a@example.org","role":{"id":"prosody:user"},"secondary_roles":{"prosody:operator":true}}],"count":1}})",
        Kind::None, u"a@example.org=prosody:user+prosody:operator"_s);
    row("all-users: {}", "allUsers", 200, R"({"result":{"users":{},"count":0}})", Kind::None, QString());
    row("all-users: lua-cjson empty 200", "allUsers", 200, "", Kind::NotSupported, {}, {}, QByteArray());
    row("all-users: classic", "allUsers", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);
    row("all-users: malformed", "allUsers", 200, R"({"result":{"users":[{"jid":)", Kind::MalformedResponse);
    row("all-users: user without jid", "allUsers", 200, R"({"result":{"users":[{"role":"x"}],"count":1}})",
        Kind::MalformedResponse);

    // GET /registered-users (ours)
    row("registered-users", "registeredUsers", 200,
        R"({"result":{"users":[{"jid":"a@example.org","role":"prosody:admin"},{"jid":"b@example.org","role":"prosody:registered"}],"offset":100,"count":2,"total":10000}})",
        Kind::None, u"100..10000 [a@example.org=prosody:admin b@example.org=prosody:registered]"_s);
    row("registered-users: empty page", "registeredUsers", 200,
        R"({"result":{"users":{},"offset":0,"count":0,"total":0}})", Kind::None, u"0..0 []"_s);
    row("registered-users: total not a number", "registeredUsers", 200,
        R"({"result":{"users":[],"offset":0,"count":0,"total":"many"}})", Kind::MalformedResponse);

    // GET /roster/<user>
    row("roster: contract example", "roster", 200,
        R"({"result":{"roster":[["item",{"jid":"bob@example.org","subscription":"both","name":"Bob","group":["Friends","Work"]}],)"
        R"(["item",{"jid":"carol@example.org","subscription":"none","ask":"subscribe","group":{}}]],"count":2}})",
        Kind::None, u"bob@example.org(Bob,both,,Friends|Work) carol@example.org(,none,subscribe,)"_s);
    row("roster: {}", "roster", 200, R"({"result":{"roster":{},"count":0}})", Kind::None, QString());
    row("roster: item without jid", "roster", 200, R"({"result":{"roster":[["item",{}]],"count":1}})",
        Kind::MalformedResponse);
    row("roster: no such user", "roster", 404, R"({"result":"User does not exist or is malformed"})", Kind::NotFound);

    // POST /message/<user>
    row("message: delivered", "delivery", 200, R"({"result":"Message sent"})", Kind::None, u"delivered"_s,
        u"Message sent"_s);
    row("message: queued", "delivery", 202, R"({"result":"Message sent to offline queue: a@example.org"})", Kind::None,
        u"queued"_s, u"Message sent to offline queue: a@example.org"_s);
    row("message: dropped", "delivery", 501, R"({"result":"Message dropped per configuration"})", Kind::MessageDropped);

    // POST /message (multicast)
    row("multicast", "multicast", 200, R"({"result":"Message multicasted to users: 2/1"})", Kind::None, u"2/1"_s,
        u"Message multicasted to users: 2/1"_s);
    row("multicast: no recipients", "multicast", 404, R"({"result":"No multicast recipients"})", Kind::NotFound, {},
        u"No multicast recipients"_s);
    row("multicast: current's bug", "multicast", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);
    row("multicast: other text", "multicast", 200, R"({"result":"done"})", Kind::MalformedResponse);

    // modules
    row("modules", "modules", 200, R"({"result":{"count":2,"modules":["admin_rest","ping"]}})", Kind::None,
        u"admin_rest,ping"_s);
    row("modules: {}", "modules", 200, R"({"result":{"count":0,"modules":{}}})", Kind::None, QString());
    row("modules: not names", "modules", 200, R"({"result":{"count":1,"modules":[1]}})", Kind::MalformedResponse);
    row("module: loaded", "module", 200, R"({"result":{"module":"carbons","loaded":true}})", Kind::None,
        u"carbons=yes"_s);
    row("module: not loaded is 404", "module", 404, R"({"result":{"module":"carbons","loaded":false}})", Kind::None,
        u"carbons=no"_s);
    row("module: no route", "module", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);
    row("module: list", "module", 200, R"({"result":["carbons"]})", Kind::MalformedResponse);
    row("unload: ours", "unloadModule", 200, R"({"result":"Module unloaded: carbons"})", Kind::None,
        u"Module unloaded: carbons"_s, u"Module unloaded: carbons"_s);
    row("unload: not loaded", "unloadModule", 404, R"({"result":"Module is not loaded:carbons"})", Kind::None,
        u"Module is not loaded:carbons"_s, u"Module is not loaded:carbons"_s);
    row("unload: published 500", "unloadModule", 500, R"({"result":"Internal server error"})", Kind::ServerError);

    // whitelist
    row("whitelist", "whitelist", 200, R"({"result":{"whitelist":["127.0.0.1","::1"],"count":2}})", Kind::None,
        u"127.0.0.1,::1"_s);
    row("whitelist: {}", "whitelist", 200, R"({"result":{"whitelist":{},"count":0}})", Kind::None, QString());

    // vcards
    row("vcard: text/vcard", "vcard", 200,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Al\xc3\xaf"
        "ce\r\nEND:VCARD\r\n",
        Kind::None, u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alïce\r\nEND:VCARD\r\n"_s, QString(),
        "text/vcard; charset=utf-8");
    row("vcard: none", "vcard", 404, R"({"result":"vCard not found"})", Kind::NotFound, {}, u"vCard not found"_s);
    row("vcard: JSON string", "vcard", 200, R"({"result":"BEGIN:VCARD\nEND:VCARD"})", Kind::None,
        u"BEGIN:VCARD\nEND:VCARD"_s);
    row("vcard: classic", "vcard", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);

    // groups
    row("create group", "createGroup", 200, R"({"result":{"group_id":"g1"}})", Kind::None, u"g1"_s);
    row("create group: message", "createGroup", 200, R"({"result":"Group created"})", Kind::None, QString(),
        u"Group created"_s);
    row("create group: conflict", "createGroup", 409, R"({"result":"conflict"})", Kind::Conflict, {}, u"conflict"_s);
    row("create group: no name", "createGroup", 400, R"({"result":"Body does not exist or is malformed"})",
        Kind::BadRequest);
    row("groups (ours)", "groups", 200,
        R"({"result":{"groups":[{"id":"g1","name":"Team","count":2},{"id":"g2","name":"Empty","count":0}],"count":2}})",
        Kind::None, u"g1:Team:2[] g2:Empty:0[]"_s);
    row("groups: {}", "groups", 200, R"({"result":{"groups":{},"count":0}})", Kind::None, QString());
    row("groups: current has no listing", "groups", 405, R"({"result":"Invalid request method"})", Kind::NotSupported);
    row("groups: list where object due", "groups", 200, R"({"result":{"groups":[["g1"]],"count":1}})",
        Kind::MalformedResponse);
    row("group (ours)", "group", 200,
        R"({"result":{"group":{"id":"g1","name":"Team","members":["a@example.org","b@example.org"]}}})", Kind::None,
        u"g1:Team:2[a@example.org,b@example.org]"_s);
    row("group: no members", "group", 200, R"({"result":{"group":{"id":"g1","name":"Team","members":{}}}})", Kind::None,
        u"g1:Team:0[]"_s);
    row("group: not found", "group", 404, R"({"result":"group-not-found"})", Kind::NotFound, {}, u"group-not-found"_s);
    row("group: list", "group", 200, R"({"result":{"group":[]}})", Kind::MalformedResponse);

    // GET /info (ours)
    row("info", "info", 200,
        R"({"result":{"info":{"server":"example.org","prosody_version":"0.12.4","module":"admin_rest","module_version":"2.0.0",)"
        R"("uptime":3600,"memory":52428800,"modules":24,"hosts":["example.org","conference.example.org"],"extensions":["registered-users","groups","info"]}}})",
        Kind::None,
        u"example.org|0.12.4|admin_rest|2.0.0|3600|52428800|24|example.org,conference.example.org|registered-users,groups,info"_s);
    row("info: modules as a list, {} lists", "info", 200,
        R"({"result":{"info":{"server":"x","prosody_version":"13.0.0","modules":["a","b"],"hosts":{},"extensions":{}}}})",
        Kind::None, u"x|13.0.0|||-1|-1|2||"_s);
    row("info: fractions truncated, absurd numbers left unknown", "info", 200,
        R"({"result":{"info":{"server":"x","uptime":12.75,"memory":5.24e47,"modules":1e300,"hosts":[],"extensions":[]}}})",
        Kind::None, u"x||||12|-1|-1||"_s);
    row("info: rss before heap", "info", 200,
        R"({"result":{"info":{"server":"x","prosody_version":"0.12.3","memory":3657728,"rss":41943040}}})", Kind::None,
        u"x|0.12.3|||-1|41943040|-1||"_s);
    row("info: list", "info", 200, R"({"result":{"info":[]}})", Kind::MalformedResponse);
    row("info: storage on PostgreSQL", "infoStorage", 200,
        R"({"result":{"info":{"server":"x","storage":{"accounts":"sql","driver":"PostgreSQL"}}}})", Kind::None,
        u"sql|PostgreSQL"_s);
    row("info: storage in files, driver null", "infoStorage", 200,
        R"({"result":{"info":{"server":"x","storage":{"accounts":"internal","driver":null}}}})", Kind::None,
        u"internal|"_s);
    row("info: storage not reported (older module)", "infoStorage", 200, R"({"result":{"info":{"server":"x"}}})",
        Kind::None, u"|"_s);
    row("info: storage not an object", "infoStorage", 200, R"({"result":{"info":{"storage":"sql"}}})",
        Kind::MalformedResponse);
    row("info: storage driver a number", "infoStorage", 200,
        R"({"result":{"info":{"storage":{"accounts":"sql","driver":5}}}})", Kind::MalformedResponse);
    row("info: storage without accounts", "infoStorage", 200, R"({"result":{"info":{"storage":{"driver":"MySQL"}}}})",
        Kind::MalformedResponse);
    row("info: classic", "info", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);

    // DELETE /sessions/<user>[/<resource>] (ours)
    row("kick", "kick", 200, R"({"result":{"closed":2}})", Kind::None, u"2"_s);
    row("kick: not connected", "kick", 404, R"({"result":"User is not connected: a@example.org"})", Kind::NotFound, {},
        u"User is not connected: a@example.org"_s);
    row("kick: published", "kick", 404, R"({"result":"Invalid request path"})", Kind::NotSupported);
    row("kick: no count", "kick", 200, R"({"result":{"closed":"all"}})", Kind::MalformedResponse);

    // POST /announce (ours)
    row("announce", "announce", 200, R"({"result":{"count":10,"sent":3,"queued":6,"dropped":1,"failed":0}})",
        Kind::None, u"10=3+6+1+0"_s);
    row("announce: no count", "announce", 200, R"({"result":{"sent":1,"queued":2}})", Kind::None, u"3=1+2+0+0"_s);
    row("announce: bad type", "announce", 400, R"({"result":"Invalid message type: must be chat, normal or headline"})",
        Kind::BadRequest, {}, u"Invalid message type: must be chat, normal or headline"_s);

    // GET /last-activity (ours)
    row("last activity", "lastActivity", 200,
        R"({"result":{"users":[{"jid":"a@example.org","online":true,"last_activity":1764000000},)"
        R"({"jid":"b@example.org","online":false,"last_activity":null}],"offset":2,"limit":2,"count":2,"total":9,"since":1730000000}})",
        Kind::None, u"2..9 since 1730000000 [a@example.org:yes:1764000000 b@example.org:no:-1]"_s);
    row("last activity: empty {}", "lastActivity", 200, R"({"result":{"users":{},"since":null}})", Kind::None,
        u"0..0 since -1 []"_s);
    row("last activity: user without jid", "lastActivity", 200, R"({"result":{"users":[{"online":true}]}})",
        Kind::MalformedResponse);

    // faults common to all
    row("whitelisted out", "whitelist", 401, "", Kind::NotWhitelisted, {}, {}, QByteArray());
    row("HTML 500", "modules", 500, "<html><head><title>500 Internal Server Error</title></head></html>",
        Kind::ServerError, {}, {}, QByteArray());
    row("not found page", "modules", 404, "<html>Not Found</html>", Kind::ApiNotFound, {}, {}, "text/html");
}

void TestResponseParser::parse()
{
    QFETCH(QString, parser);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, serverMessage);

    ApiError error;
    QString message;
    const QString parsed = run(parser, HttpResponse{status, contentType, body, {}}, error, message);
    QVERIFY2(int(error.kind) == kind,
        qPrintable(u"kind %1, expected %2 (%3)"_s.arg(int(error.kind)).arg(kind).arg(error.detail)));
    if (kind == int(Kind::None)) {
        QCOMPARE(parsed, value);
    } else {
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userMessage().isEmpty());
    }
    if (!serverMessage.isEmpty()) {
        QCOMPARE(kind == int(Kind::None) ? message : error.serverMessage, serverMessage);
    }
}

void TestResponseParser::multicastMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("queued");
    QTest::newRow("3/0") << u"Message multicasted to users: 3/0"_s << true << 3 << 0;
    QTest::newRow("0/12") << u"Message multicasted to users: 0/12"_s << true << 0 << 12;
    QTest::newRow("spaces") << u"Message multicasted to users: 1 / 2 "_s << true << 1 << 2;
    QTest::newRow("other") << u"No multicast recipients"_s << false << 0 << 0;
    QTest::newRow("missing queued") << u"Message multicasted to users: 3"_s << false << 0 << 0;
    QTest::newRow("negative") << u"Message multicasted to users: -1/2"_s << false << 0 << 0;
}

void TestResponseParser::multicastMessage()
{
    QFETCH(QString, message);
    QFETCH(bool, valid);
    QFETCH(int, sent);
    QFETCH(int, queued);
    const auto result = ResponseParser::parseMulticastMessage(message);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(result->sent, sent);
        QCOMPARE(result->queued, queued);
    }
}

void TestResponseParser::mediaType()
{
    QCOMPARE(ResponseParser::mediaType("Application/JSON; charset=utf-8"), QByteArray("application/json"));
    QCOMPARE(ResponseParser::mediaType("text/vcard"), QByteArray("text/vcard"));
    QCOMPARE(ResponseParser::mediaType(QByteArray()), QByteArray());
}

void TestResponseParser::survivesTruncationAndNoise()
{
    // Every prefix of well-formed bodies, and deterministic noise, through every parser at the
    // statuses that take different paths: nothing may crash, every failure must be classified.
    const QList<QByteArray> bodies{
        R"({"result":{"user":{"connected":true,"sessions":[{"resource":"r","id":"i","ip":"1.2.3.4","port":5,"secure":true}],"roster":{}}}})",
        R"({"result":{"users":[{"jid":"a@b","role":{"id":"x"},"secondary_roles":{"y":true}}],"offset":1,"count":1,"total":2}})",
        R"({"result":{"roster":[["item",{"jid":"a@b","group":["g"]}]],"count":1}})",
        R"({"result":{"info":{"server":"s","modules":[1,2],"hosts":["h"],"extensions":{}}}})",
        R"({"result":{"info":{"server":"s","storage":{"accounts":"sql","driver":"PostgreSQL"}}}})",
        R"({"result":{"group":{"id":"g","members":[{"jid":"a@b"}]},"groups":[{"id":"g","count":1e308}]}})",
        R"({"result":"Message multicasted to users: 99999999999999999999/1"})",
        R"({"result":{"users":[{"jid":"a@b","online":true,"last_activity":1e300}],"since":-5,"closed":3,"sent":1}})",
    };
    const QStringList parsers{u"message"_s, u"ping"_s, u"user"_s, u"connected"_s, u"createUser"_s, u"deleteUser"_s,
        u"sessions"_s, u"count"_s, u"allUsers"_s, u"registeredUsers"_s, u"roster"_s, u"delivery"_s, u"multicast"_s,
        u"modules"_s, u"module"_s, u"unloadModule"_s, u"whitelist"_s, u"vcard"_s, u"createGroup"_s, u"groups"_s,
        u"group"_s, u"info"_s, u"kick"_s, u"announce"_s, u"lastActivity"_s};
    QList<QByteArray> inputs;
    for (const QByteArray& body : bodies) {
        for (qsizetype n = 0; n <= body.size(); n += 3) {
            inputs << body.left(n);
        }
    }
    static constexpr char alphabet[] = "{}[]\\\",:0123456789.-eEtruefalsnul result users jid";
    quint32 seed = 12345;
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
        for (int status : {200, 202, 404, 500}) {
            for (const QString& parser : parsers) {
                ApiError error;
                QString message;
                run(parser, HttpResponse{status, "application/json", input, {}}, error, message);
                if (error.isError()) {
                    QVERIFY(!error.userMessage().isEmpty());
                }
                ++checked;
            }
        }
    }
    QVERIFY(checked > 10000);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "TestResponseParser.moc"
