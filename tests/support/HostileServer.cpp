// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Response = FakeHttpServer::Response;

Response result(const QJsonValue& value, int status = 200)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = QJsonDocument(QJsonObject{{u"result"_s, value}}).toJson(QJsonDocument::Compact);
    return response;
}

QString localpart(const QString& jid)
{
    return jid.section(u'@', 0, 0);
}

// The user a path names: a localpart on the host, or a whole JID.
QString jidOf(const QString& user)
{
    return user.contains(u'@') ? user : user + u'@' + HostileServer::domain();
}

QJsonArray sessionsOf(const QString& jid)
{
    const QStringList resources = HostileServer::resources();
    QJsonArray sessions;
    for (int i = 0; i < resources.size(); ++i) {
        sessions.append(QJsonObject{{u"resource"_s, resources.at(i)},
            {u"id"_s, i == 0 ? HostileServer::markup() : u"s%1-%2"_s.arg(i).arg(localpart(jid).size())},
            {u"ip"_s, u"127.0.0.1"_s}, {u"port"_s, 5222 + i}, {u"secure"_s, true}});
    }
    return sessions;
}

} // namespace

QString HostileServer::markup()
{
    return u"<h1 style=\"color:red\">SESSION EXPIRED</h1><a href=\"https://evil.example/login\">Click here to sign "
           u"in again</a><img src=\"file:///usr/share/pixmaps/debian-logo.png\">"_s;
}

QString HostileServer::reversedJid()
{
    return u"admin\u202Egro.elpmaxe@hostile.example"_s;
}

QString HostileServer::lookalikeJid()
{
    return u"ad\u200Bmin@hostile.example"_s;
}

QString HostileServer::markupJid()
{
    return u"<b>boss</b><a href=\"https://evil.example\">x</a>@hostile.example"_s;
}

QString HostileServer::controlJid()
{
    return u"bell\u0007\u2066tab\u2069@hostile.example"_s;
}

QString HostileServer::longJid()
{
    return u"long"_s + QString(4996, u'x') + u"@hostile.example"_s;
}

QString HostileServer::longMessage()
{
    return QString(20000, u'M');
}

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
{
    m_http.setResponder([this](const FakeHttpServer::Request& request) { return answer(request); });
}

bool HostileServer::listen()
{
    return m_http.listen();
}

ConnectionSettings HostileServer::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_http.url();
    settings.jid = adminJid();
    settings.password = u"secret"_s;
    settings.timeoutMs = 10000;
    return settings;
}

QString HostileServer::domain()
{
    return u"hostile.example"_s;
}

QString HostileServer::adminJid()
{
    return u"admin@hostile.example"_s;
}

QStringList HostileServer::users()
{
    return {adminJid(), lookalikeJid(), reversedJid(), markupJid(), controlJid(), longJid()};
}

QStringList HostileServer::groupNames()
{
    return {markup(), u"Sta\u202Eff"_s, QString(3000, u'G')};
}

QStringList HostileServer::moduleNames()
{
    return {u"admin_rest"_s, markup(), u"ros\u202Eter"_s, u"offline\u200B"_s, QString(3000, u'm')};
}

QStringList HostileServer::resources()
{
    return {markup(), u"Conversations\u202E"_s, QString(3000, u'r')};
}

QString HostileServer::vcard()
{
    return u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:"_s + markup()
        + u"\r\nNICKNAME:ad\u200Bmin\r\nNOTE:\u202Eevil\r\nEND:VCARD\r\n"_s;
}

void HostileServer::failWith(const QByteArray& methodAndPath, const QString& message, int status)
{
    m_failures.insert(methodAndPath, result(message, status));
}

std::optional<FakeHttpServer::Response> HostileServer::answer(const FakeHttpServer::Request& request) const
{
    QByteArray path = request.path.mid(QByteArrayLiteral("/admin_rest").size());
    path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    QStringList segments;
    for (const QByteArray& part : path.split('/')) {
        if (!part.isEmpty())
            segments.append(QUrl::fromPercentEncoding(part));
    }
    const QString route = segments.value(0);
    const QByteArray& method = request.method;
    if (auto failure = m_failures.constFind(method + ' ' + path); failure != m_failures.constEnd())
        return *failure;

    if (method == "GET" && route == "ping"_L1)
        return result(u"PONG"_s);
    if (method == "GET" && route == "info"_L1) {
        return result(QJsonObject{{u"info"_s,
            QJsonObject{{u"server"_s, markup()}, {u"prosody_version"_s, markup()}, {u"module"_s, markup()},
                {u"module_version"_s, u"1\u202E0"_s}, {u"uptime"_s, 3600}, {u"rss"_s, 1048576},
                {u"modules"_s, int(moduleNames().size())}, {u"hosts"_s, QJsonArray{domain()}},
                {u"extensions"_s, QJsonArray{}}}}});
    }
    if (method == "GET" && route == "registered-users"_L1) {
        QJsonArray list;
        for (const QString& jid : users()) {
            const QString role = jid == markupJid() ? markup() : u"prosody:member"_s;
            list.append(QJsonObject{{u"jid"_s, jid}, {u"role"_s, QJsonObject{{u"id"_s, role}, {u"name"_s, role}}}});
        }
        return result(QJsonObject{{u"users"_s, list}, {u"offset"_s, 0}, {u"total"_s, int(list.size())}});
    }
    if (method == "GET" && route == "users"_L1 && segments.size() == 2 && segments.at(1) == "count"_L1)
        return result(QJsonObject{{u"count"_s, 2}});
    if (method == "GET" && route == "users"_L1 && segments.size() == 1) {
        QJsonArray list;
        for (const QString& jid : {lookalikeJid(), reversedJid()}) {
            for (const QString& resource : resources())
                list.append(QJsonObject{{u"username"_s, localpart(jid)}, {u"resource"_s, resource}});
        }
        return result(QJsonObject{{u"users"_s, list}, {u"count"_s, int(list.size())}});
    }
    if (method == "GET" && route == "user"_L1 && segments.size() == 2) {
        const QString jid = jidOf(segments.at(1));
        return result(QJsonObject{{u"user"_s, QJsonObject{{u"connected"_s, true}, {u"sessions"_s, sessionsOf(jid)}}}});
    }
    if (method == "GET" && route == "roster"_L1 && segments.size() == 2) {
        QJsonArray roster;
        roster.append(QJsonArray{u"item"_s,
            QJsonObject{{u"jid"_s, reversedJid()}, {u"name"_s, markup()}, {u"subscription"_s, u"both"_s},
                {u"group"_s, QJsonArray{markup(), u"Fri\u202Eends"_s}}}});
        roster.append(QJsonArray{u"item"_s,
            QJsonObject{{u"jid"_s, lookalikeJid()}, {u"name"_s, u"Ali\u200Bce\u202E"_s}, {u"subscription"_s, u"to"_s},
                {u"ask"_s, markup()}, {u"group"_s, QJsonArray{}}}});
        roster.append(QJsonArray{u"item"_s,
            QJsonObject{{u"jid"_s, longJid()}, {u"name"_s, QString(4000, u'n')}, {u"subscription"_s, u"none"_s},
                {u"group"_s, QJsonArray{QString(3000, u'g')}}}});
        return result(QJsonObject{{u"roster"_s, roster}, {u"count"_s, int(roster.size())}});
    }
    if (method == "GET" && route == "groups"_L1 && segments.size() == 1) {
        QJsonArray list;
        const QStringList names = groupNames();
        for (int i = 0; i < names.size(); ++i)
            list.append(QJsonObject{{u"id"_s, u"g%1"_s.arg(i)}, {u"name"_s, names.at(i)}, {u"count"_s, 2}});
        return result(QJsonObject{{u"groups"_s, list}});
    }
    if (method == "GET" && route == "groups"_L1 && segments.size() == 2) {
        const QString id = segments.at(1);
        const int index = id.mid(1).toInt();
        return result(QJsonObject{{u"group"_s,
            QJsonObject{{u"id"_s, id}, {u"name"_s, groupNames().value(index)},
                {u"members"_s, QJsonArray{reversedJid(), lookalikeJid()}}}}});
    }
    if (method == "GET" && route == "modules"_L1 && segments.size() == 1) {
        QJsonArray names;
        for (const QString& name : moduleNames())
            names.append(name);
        return result(QJsonObject{{u"modules"_s, names}, {u"count"_s, int(names.size())}});
    }
    if (method == "GET" && route == "module"_L1 && segments.size() == 2)
        return result(QJsonObject{{u"module"_s, segments.at(1)}, {u"loaded"_s, true}});
    if (method == "GET" && route == "whitelist"_L1)
        return result(QJsonObject{{u"whitelist"_s, QJsonArray{u"127.0.0.1"_s}}, {u"count"_s, 1}});
    if (method == "GET" && route == "vcards"_L1 && segments.size() == 2)
        return Response::text(200, "text/vcard", vcard().toUtf8());
    // Everything that changes something is refused with the server's own words: markup.
    if (method != "GET")
        return result(markup(), 500);
    return std::nullopt;
}
