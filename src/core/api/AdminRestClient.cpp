// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/AdminRestClient.h"

#include "api/AdminRestClientCall.h"
#include "api/HttpExchange.h"
#include "api/NetworkThreadsAtExit.h"
#include "api/RequestBuilder.h"
#include "api/ResponseParser.h"
#include "api/TransportPolicy.h"
#include "input/VisibleText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

// The most of a server's `result` string the activity log keeps for one request.
constexpr qsizetype LongestRecordedMessage = 2000;

using RouteBody::json;
using RouteBody::kJson;

// The message's type and subject, only where they differ from the server's default.
QJsonObject styled(QJsonObject body, const MessageStyle& style)
{
    if (style.type != MessageStyle::Type::Default)
        body.insert(u"type"_s, MessageStyle::typeName(style.type));
    if (!style.subject.isEmpty())
        body.insert(u"subject"_s, style.subject);
    return body;
}

// A route's own refusals of its input (admit() decides which refusal wins).
ApiError emptyPasswordError(const QString& password)
{
    return password.isEmpty() ? ApiError::invalidInput(AdminRestClient::tr("the password is empty")) : ApiError{};
}

ApiError pageError(int offset, int limit)
{
    return offset < 0 || limit < 0
        ? ApiError::invalidInput(AdminRestClient::tr("the page offset and size must not be negative"))
        : ApiError{};
}

// The record of an exchange that got an HTTP answer: how the reply ended when this was its last
// request, else what the status says.
RequestRecord answerRecord(const HttpExchange& exchange, const ApiReply& reply, const HttpResponse& response)
{
    if (reply.isFinished()) {
        const ApiError& error = reply.error();
        // userMessage() quotes only the start of a long message of the server; so does a success's record.
        return exchange.record(error.kind, response.status,
            error.isError() ? error.userMessage()
                            : VisibleText::shortened(reply.serverMessage(), LongestRecordedMessage));
    }
    const ApiError error = ResponseParser::classify(response);
    return exchange.record(error.kind, response.status, ResponseParser::envelope(response).message);
}

} // namespace

AdminRestClient::AdminRestClient(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_transport(settings)
{
    // A redirect would carry the Authorization header elsewhere: report it instead of following it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AdminRestClient::~AdminRestClient()
{
    m_destroying = true;
    const auto pending = m_pending;
    for (const QPointer<ApiReply>& reply : pending) {
        if (!reply || reply->isFinished()) {
            continue;
        }
        if (reply->m_abort) {
            auto abort = std::move(reply->m_abort);
            reply->m_abort = nullptr;
            abort();
        }
        reply->finishLater(ApiError::make(Kind::Cancelled, 0, {}, u"the client was destroyed"_s));
    }
}

void AdminRestClient::setSettings(const ConnectionSettings& settings)
{
    const ConnectionSettings old = m_settings;
    m_settings = settings;
    const bool sameConnection = old.baseUrl == settings.baseUrl && old.jid == settings.jid
        && old.password == settings.password && old.allowInsecureRemote == settings.allowInsecureRemote
        && old.pinnedCertificateSha256 == settings.pinnedCertificateSha256
        && old.caCertificatesFile == settings.caCertificatesFile;
    if (sameConnection) {
        return;
    }
    // Answers to the old server or account are stale, and a TLS connection verified under the old
    // policy must not carry the next request.
    const auto pending = m_pending;
    for (const QPointer<ApiReply>& reply : pending) {
        if (reply && !reply->isFinished()) {
            reply->cancel();
        }
    }
    m_network->clearConnectionCache();
    m_network->clearAccessCache();
    m_transport = TransportPolicy(m_settings);
}

QString AdminRestClient::domain() const
{
    QString jid = m_settings.jid.trimmed();
    jid = jid.section(u'/', 0, 0);
    const qsizetype at = jid.indexOf(u'@');
    return at < 0 ? jid : jid.mid(at + 1);
}

QString AdminRestClient::adminLocalpart() const
{
    const QString jid = m_settings.jid.trimmed();
    const qsizetype at = jid.indexOf(u'@');
    return at < 0 ? QString() : jid.left(at);
}

QString AdminRestClient::serverName() const
{
    const QUrl& url = m_settings.baseUrl;
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const int port = url.port(url.scheme() == "https"_L1 ? 443 : 80);
    return host + u':' + QString::number(port);
}

QUrl AdminRestClient::urlFor(const QString& encodedPathAndQuery) const
{
    return RequestBuilder::urlFor(m_settings.baseUrl, encodedPathAndQuery);
}

bool AdminRestClient::isLoopbackHost(const QString& host)
{
    return TransportPolicy::isLoopbackHost(host);
}

ApiError AdminRestClient::admit(const ApiRequest& request, QString& path, const ApiError& invalid) const
{
    const ApiError badSegment = RequestBuilder::encodePath(request, path);
    if (badSegment) {
        // Name the path without the bad segment's encoding: it was never sent.
        path = u'/' + request.segments.join(u'/');
    }
    if (m_signedOut) {
        return ApiError::make(Kind::Cancelled);
    }
    if (m_readOnly && request.changesServer()) {
        return ApiError::make(Kind::ReadOnly);
    }
    if (invalid) {
        return invalid;
    }
    if (badSegment) {
        return badSegment;
    }
    return m_transport.error();
}

void AdminRestClient::track(ApiReply* reply)
{
    reply->m_account = m_settings.jid.trimmed();
    reply->m_server = serverName();
    m_pending.removeIf([](const QPointer<ApiReply>& p) { return !p || p->isFinished(); });
    m_pending.append(reply);
}

void AdminRestClient::report(const RequestRecord& record)
{
    // The client's destructor cancels what is under way: those ends are no one's news.
    if (!m_destroying) {
        emit requestFinished(record);
    }
}

void AdminRestClient::send(
    ApiReply* reply, const ApiRequest& request, const QString& path, ResponseHandler handler, bool renewed)
{
    if (request.auth == ApiRequest::Auth::Session && m_token.enabled()) {
        if (m_token.state() == BearerToken::State::Missing) {
            fetchToken();
        }
        if (m_token.state() == BearerToken::State::Fetching) {
            // Sent when the token is there (or tokens are off): nothing to abort until then.
            reply->m_abort = [] {};
            QPointer<ApiReply> guard(reply);
            m_token.wait([this, guard, request, path, handler = std::move(handler), renewed](const ApiError& failure) {
                if (!guard || guard->isFinished() || m_destroying) {
                    return;
                }
                if (failure) {
                    endUnsent(guard, failure);
                } else {
                    send(guard, request, path, handler, renewed);
                }
            });
            return;
        }
    }
    sendNow(reply, request, path, std::move(handler), renewed);
}

void AdminRestClient::sendNow(
    ApiReply* reply, const ApiRequest& request, const QString& path, ResponseHandler handler, bool renewed)
{
    const QByteArray authorization = request.auth == ApiRequest::Auth::Password ? QByteArray() : m_token.header();
    if (m_settings.baseUrl.scheme() == "https"_L1) {
        NetworkThreadsAtExit::install(); // OpenSSL will run in the manager's thread
    }
    QNetworkReply* networkReply
        = RequestBuilder(m_settings, m_transport.caCertificates(), authorization).send(*m_network, request, path);
    // A child of the reply: deleting the reply ends the exchange (after m_abort has recorded that).
    auto* exchange = new HttpExchange(networkReply, request.method, path,
        {m_settings.maxResponseBytes, m_settings.pinnedCertificateSha256, MaxDurationTimeouts * m_settings.timeoutMs},
        reply);
    reply->m_abort = [this, exchange] {
        if (exchange->abort()) {
            report(exchange->record(Kind::Cancelled, 0, ApiError::make(Kind::Cancelled).userMessage()));
        }
    };
    connect(exchange, &HttpExchange::failed, reply, [this, reply, exchange](const ApiError& error, int status) {
        reply->m_abort = nullptr;
        reply->finish(error);
        report(exchange->record(error.kind, status, reply->error().userMessage()));
    });
    connect(exchange, &HttpExchange::answered, reply,
        [this, reply, exchange, request, path, authorization, renewed, handler = std::move(handler)](
            const HttpResponse& response) {
            reply->m_abort = nullptr;
            if (response.status == 401 && !authorization.isEmpty() && !renewed) {
                report(answerRecord(*exchange, *reply, response));
                if (refusedToken(reply, request, path, handler, authorization)) {
                    return;
                }
                handler(response);
                return;
            }
            handler(response);
            if (!reply->isParsing()) {
                report(answerRecord(*exchange, *reply, response));
                return;
            }
            // A large body is parsed off the thread: its record when the reply has finished.
            HttpResponse status;
            status.status = response.status;
            connect(reply, &ApiReply::finished, this,
                [this, reply, exchange, status] { report(answerRecord(*exchange, *reply, status)); });
        });
}

// --- routes

TypedReply<QString>* AdminRestClient::ping()
{
    return call<QString>({"GET", {u"ping"_s}, {}, {}, {}}, &ResponseParser::parsePing);
}

TypedReply<UserInfo>* AdminRestClient::user(const QString& user)
{
    return call<UserInfo>({"GET", {u"user"_s, user}, {}, {}, {}},
        [user](const HttpResponse& response, UserInfo& value, QString& serverMessage) {
            value.user = user;
            return ResponseParser::parseUser(response, value, serverMessage);
        });
}

TypedReply<bool>* AdminRestClient::isUserConnected(const QString& user)
{
    return call<bool>({"GET", {u"user"_s, user, u"connected"_s}, {}, {}, {}}, &ResponseParser::parseConnected);
}

TypedReply<CreateUserResult>* AdminRestClient::createUser(
    const QString& user, const QString& password, const QString& registrationIp)
{
    QJsonObject body{{u"password"_s, password}};
    if (!registrationIp.isEmpty()) {
        body.insert(u"regip"_s, registrationIp);
    }
    return call<CreateUserResult>({"POST", {u"user"_s, user}, {}, json(body), kJson.toByteArray()},
        &ResponseParser::parseCreateUser, emptyPasswordError(password));
}

TypedReply<DeleteUserResult>* AdminRestClient::deleteUser(const QString& user)
{
    return call<DeleteUserResult>({"DELETE", {u"user"_s, user}, {}, {}, {}}, &ResponseParser::parseDeleteUser);
}

TypedReply<QString>* AdminRestClient::changePassword(const QString& user, const QString& password)
{
    return call<QString>({"PATCH", {u"user"_s, user, u"password"_s}, {}, json(QJsonObject{{u"password"_s, password}}),
                             kJson.toByteArray()},
        &ResponseParser::parseMessage, emptyPasswordError(password));
}

TypedReply<QString>* AdminRestClient::setRole(const QString& user, const QString& role)
{
    return call<QString>(
        {"PATCH", {u"user"_s, user, u"role"_s}, {}, json(QJsonObject{{u"role"_s, role}}), kJson.toByteArray()},
        &ResponseParser::parseMessage);
}

TypedReply<QList<ConnectedSession>>* AdminRestClient::connectedSessions()
{
    return call<QList<ConnectedSession>>({"GET", {u"users"_s}, {}, {}, {}}, &ResponseParser::parseConnectedSessions);
}

TypedReply<int>* AdminRestClient::connectedUserCount()
{
    return call<int>({"GET", {u"users"_s, u"count"_s}, {}, {}, {}}, &ResponseParser::parseCount);
}

TypedReply<QList<RegisteredUser>>* AdminRestClient::allUsers()
{
    return call<QList<RegisteredUser>>({"GET", {u"all-users"_s}, {}, {}, {}}, &ResponseParser::parseAllUsers);
}

TypedReply<RegisteredUserPage>* AdminRestClient::registeredUsers(int offset, int limit, bool withEnabledState)
{
    const QByteArray query = "offset=" + QByteArray::number(offset) + "&limit=" + QByteArray::number(limit)
        + (withEnabledState ? "&fields=enabled" : "");
    return call<RegisteredUserPage>({"GET", {u"registered-users"_s}, query, {}, {}},
        &ResponseParser::parseRegisteredUsers, pageError(offset, limit));
}

TypedReply<QList<RosterItem>>* AdminRestClient::roster(const QString& user)
{
    return call<QList<RosterItem>>({"GET", {u"roster"_s, user}, {}, {}, {}}, &ResponseParser::parseRoster);
}

TypedReply<QString>* AdminRestClient::addRosterContact(const QString& user, const QString& contactJid)
{
    return call<QString>(
        {"POST", {u"roster"_s, user}, {}, json(QJsonObject{{u"contact"_s, contactJid}}), kJson.toByteArray()},
        &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::removeRosterContact(const QString& user, const QString& contactJid)
{
    return call<QString>(
        {"DELETE", {u"roster"_s, user}, {}, json(QJsonObject{{u"contact"_s, contactJid}}), kJson.toByteArray()},
        &ResponseParser::parseMessage);
}

TypedReply<MessageDelivery>* AdminRestClient::sendMessage(
    const QString& user, const QString& message, const MessageStyle& style)
{
    return call<MessageDelivery>({"POST", {u"message"_s, user}, {},
                                     json(styled(QJsonObject{{u"message"_s, message}}, style)), kJson.toByteArray()},
        &ResponseParser::parseMessageDelivery);
}

TypedReply<MulticastResult>* AdminRestClient::multicast(
    const QList<MulticastRecipient>& recipients, const MessageStyle& style)
{
    QJsonArray list;
    for (const MulticastRecipient& recipient : recipients) {
        list.append(QJsonObject{{u"to"_s, recipient.to}, {u"message"_s, recipient.message}});
    }
    ApiRequest request{
        "POST", {u"message"_s}, {}, json(styled(QJsonObject{{u"recipients"_s, list}}, style)), kJson.toByteArray()};
    // To no one, it sends nothing: the capability probe asks so whether the route exists.
    request.changesNothing = recipients.isEmpty();
    return call<MulticastResult>(request, &ResponseParser::parseMulticast);
}

TypedReply<int>* AdminRestClient::broadcast(const QString& message, const MessageStyle& style)
{
    return call<int>(
        {"POST", {u"broadcast"_s}, {}, json(styled(QJsonObject{{u"message"_s, message}}, style)), kJson.toByteArray()},
        &ResponseParser::parseCount);
}

TypedReply<AnnounceResult>* AdminRestClient::announce(const QString& message, const MessageStyle& style)
{
    return call<AnnounceResult>(
        {"POST", {u"announce"_s}, {}, json(styled(QJsonObject{{u"message"_s, message}}, style)), kJson.toByteArray()},
        &ResponseParser::parseAnnounce);
}

TypedReply<int>* AdminRestClient::kick(const QString& user, const QString& resource, const QString& reason)
{
    QStringList segments{u"sessions"_s, user};
    if (!resource.isEmpty())
        segments.append(resource);
    const QByteArray body = reason.isEmpty() ? QByteArray() : json(QJsonObject{{u"reason"_s, reason}});
    return call<int>({"DELETE", segments, {}, body, body.isEmpty() ? QByteArray() : kJson.toByteArray()},
        &ResponseParser::parseKick);
}

TypedReply<LastActivityPage>* AdminRestClient::lastActivity(int offset, int limit)
{
    const QByteArray query = "offset=" + QByteArray::number(offset) + "&limit=" + QByteArray::number(limit);
    return call<LastActivityPage>(
        {"GET", {u"last-activity"_s}, query, {}, {}}, &ResponseParser::parseLastActivity, pageError(offset, limit));
}

TypedReply<QStringList>* AdminRestClient::modules()
{
    return call<QStringList>({"GET", {u"modules"_s}, {}, {}, {}}, &ResponseParser::parseModules);
}

TypedReply<int>* AdminRestClient::moduleCount()
{
    return call<int>({"GET", {u"modules"_s, u"count"_s}, {}, {}, {}}, &ResponseParser::parseCount);
}

TypedReply<ModuleState>* AdminRestClient::module(const QString& name)
{
    return call<ModuleState>({"GET", {u"module"_s, name}, {}, {}, {}},
        [name](const HttpResponse& response, ModuleState& value, QString& serverMessage) {
            const ApiError error = ResponseParser::parseModule(response, value, serverMessage);
            if (value.name.isEmpty()) {
                value.name = name;
            }
            return error;
        });
}

TypedReply<QString>* AdminRestClient::loadModule(const QString& name)
{
    return call<QString>({"PUT", {u"module"_s, name}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::unloadModule(const QString& name)
{
    const ApiRequest unload{"DELETE", {u"module"_s, name}, {}, {}, {}};
    QString path;
    if (ApiError error = admit(unload, path)) {
        return refuse<QString>(unload.method, path, error);
    }
    auto* reply = new TypedReply<QString>(unload.method, path, &ResponseParser::parseUnloadModule, nullptr);
    track(reply);
    QPointer<TypedReply<QString>> guard(reply);
    send(reply, unload, path, [this, guard, name, path](const HttpResponse& first) {
        if (!guard) {
            return;
        }
        if (first.status != 500) {
            guard->complete(first);
            return;
        }
        // classic and current unload the module, then fail with a 500: read the state back.
        const ApiRequest check{"GET", {u"module"_s, name}, {}, {}, {}};
        send(guard, check, path, [guard, first, name](const HttpResponse& second) {
            if (!guard) {
                return;
            }
            ModuleState state;
            QString ignored;
            if (!ResponseParser::parseModule(second, state, ignored) && !state.loaded) {
                guard->m_status = first.status;
                guard->setValue(u"Module unloaded: %1"_s.arg(name));
                guard->finish({});
                return;
            }
            guard->complete(first);
        });
    });
    return reply;
}

TypedReply<QStringList>* AdminRestClient::whitelist()
{
    return call<QStringList>({"GET", {u"whitelist"_s}, {}, {}, {}}, &ResponseParser::parseWhitelist);
}

TypedReply<QString>* AdminRestClient::addToWhitelist(const QString& address)
{
    return call<QString>({"PUT", {u"whitelist"_s, address}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::removeFromWhitelist(const QString& address)
{
    return call<QString>({"DELETE", {u"whitelist"_s, address}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::reloadServer()
{
    return call<QString>({"PUT", {u"reload"_s}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::vcard(const QString& user)
{
    return call<QString>({"GET", {u"vcards"_s, user}, {}, {}, {}}, &ResponseParser::parseVcard);
}

TypedReply<QString>* AdminRestClient::setVcard(const QString& user, const QString& vcard)
{
    return call<QString>({"PUT", {u"vcards"_s, user}, {}, vcard.toUtf8(), "text/vcard"}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::deleteVcard(const QString& user)
{
    return call<QString>({"DELETE", {u"vcards"_s, user}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::createGroup(const QString& name, const QString& groupId, bool createDefaultMuc)
{
    QJsonObject body{{u"name"_s, name}};
    if (createDefaultMuc) {
        body.insert(u"create_default_muc"_s, true);
    }
    QStringList segments{u"groups"_s};
    if (!groupId.isEmpty()) {
        body.insert(u"group_id"_s, groupId);
        segments.append(groupId);
    }
    return call<QString>({"PUT", segments, {}, json(body), kJson.toByteArray()},
        [groupId](const HttpResponse& response, QString& value, QString& serverMessage) {
            const ApiError error = ResponseParser::parseCreateGroup(response, value, serverMessage);
            if (!error && value.isEmpty()) {
                value = groupId;
            }
            return error;
        });
}

TypedReply<QString>* AdminRestClient::deleteGroup(const QString& groupId)
{
    return call<QString>({"DELETE", {u"groups"_s, groupId}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::addGroupMember(const QString& groupId, const QString& user)
{
    return call<QString>(
        {"PUT", {u"groups"_s, groupId, u"members"_s, user}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::removeGroupMember(const QString& groupId, const QString& user)
{
    return call<QString>(
        {"DELETE", {u"groups"_s, groupId, u"members"_s, user}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::syncGroup(const QString& groupId)
{
    return call<QString>({"POST", {u"groups"_s, groupId, u"sync"_s}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QList<GroupInfo>>* AdminRestClient::groups()
{
    return call<QList<GroupInfo>>({"GET", {u"groups"_s}, {}, {}, {}}, &ResponseParser::parseGroups);
}

TypedReply<GroupInfo>* AdminRestClient::group(const QString& groupId)
{
    return call<GroupInfo>({"GET", {u"groups"_s, groupId}, {}, {}, {}}, &ResponseParser::parseGroup);
}

TypedReply<QString>* AdminRestClient::wipeData()
{
    return call<QString>({"DELETE", {u"data"_s}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QString>* AdminRestClient::wipeCertificates()
{
    return call<QString>({"DELETE", {u"certs"_s}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<ServerInfo>* AdminRestClient::serverInfo()
{
    return call<ServerInfo>({"GET", {u"info"_s}, {}, {}, {}}, &ResponseParser::parseServerInfo);
}
