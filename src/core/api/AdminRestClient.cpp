#include "api/AdminRestClient.h"

#include "api/PathSegment.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The message's type and subject, only where they differ from the server's default.
QJsonObject styled(QJsonObject body, const MessageStyle& style)
{
    if (style.type != MessageStyle::Type::Default)
        body.insert(u"type"_s, MessageStyle::typeName(style.type));
    if (!style.subject.isEmpty())
        body.insert(u"subject"_s, style.subject);
    return body;
}

constexpr QByteArrayView kJson = "application/json";

// State of one HTTP exchange, shared by the QNetworkReply's handlers.
struct Exchange
{
    QPointer<QNetworkReply> reply;
    QByteArray body;
    QElapsedTimer timer;
    RequestRecord record;
    bool done = false;
    bool tooLarge = false;
    bool pinMismatch = false;
    QList<QSslCertificate> peerChain; // what the server presented, for a Tls error
};

QByteArray certificateDigest(const QSslCertificate& certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

// Accepts "ab:cd:…", upper or lower case.
QByteArray normalizedPin(const QByteArray& pin)
{
    QByteArray hex = pin.trimmed().toLower();
    hex.replace(':', QByteArray());
    hex.replace(' ', QByteArray());
    return hex;
}

// A failure below HTTP: no usable answer came, whatever status line may have arrived before it.
ApiError transportError(QNetworkReply::NetworkError code, const QString& detail)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::make(Kind::ConnectionRefused, 0, {}, detail);
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(Kind::HostNotFound, 0, {}, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNetworkRequest::setTransferTimeout aborts the reply
        return ApiError::make(Kind::Timeout, 0, {}, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(Kind::Tls, 0, {}, detail);
    default:
        return ApiError::make(Kind::Network, 0, {}, detail);
    }
}

bool isTransportFailure(QNetworkReply::NetworkError code)
{
    // 1–99: network layer, 101–199: proxy. Everything from 200 on is Qt's name for an HTTP status.
    return code != QNetworkReply::NoError && int(code) < 200;
}

} // namespace

AdminRestClient::AdminRestClient(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect would carry the Authorization header elsewhere: report it instead of following it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    loadCaCertificates();
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
    loadCaCertificates();
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
    const QByteArray base = m_settings.baseUrl.toEncoded(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(base + encodedPathAndQuery.toLatin1());
}

bool AdminRestClient::isLoopbackHost(const QString& host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
        || host.compare("localhost."_L1, Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QByteArray AdminRestClient::certificatePin(const QSslCertificate& certificate)
{
    return certificateDigest(certificate);
}

void AdminRestClient::loadCaCertificates()
{
    m_caCertificates.clear();
    m_caProblem.clear();
    if (m_settings.caCertificatesFile.isEmpty()) {
        return;
    }
    m_caCertificates = QSslCertificate::fromPath(
        m_settings.caCertificatesFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (m_caCertificates.isEmpty()) {
        m_caProblem = tr("the CA file %1 holds no readable PEM certificate").arg(m_settings.caCertificatesFile);
    }
}

QByteArray AdminRestClient::authorizationHeader() const
{
    return "Basic " + (m_settings.jid.trimmed() + u':' + m_settings.password).toUtf8().toBase64();
}

ApiError AdminRestClient::buildPath(const Request& request, QString& path)
{
    QByteArray encoded;
    for (const QString& segment : request.segments) {
        const std::optional<QByteArray> part = PathSegment::encode(segment);
        if (!part) {
            return ApiError::invalidInput(PathSegment::problem(segment));
        }
        encoded += '/' + *part;
    }
    if (!request.query.isEmpty()) {
        encoded += '?' + request.query;
    }
    path = QString::fromLatin1(encoded);
    return {};
}

ApiError AdminRestClient::transportPolicyError() const
{
    const QUrl& url = m_settings.baseUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        return ApiError::invalidInput(tr("the server address is not an http or https URL"));
    }
    if (scheme == "http"_L1 && !m_settings.allowInsecureRemote && !isLoopbackHost(url.host())) {
        return ApiError::make(Kind::InsecureTransport, 0, {}, u"plain http to %1"_s.arg(url.host()));
    }
    if (scheme == "https"_L1 && !m_caProblem.isEmpty()) {
        return ApiError::invalidInput(m_caProblem);
    }
    return {};
}

void AdminRestClient::track(ApiReply* reply)
{
    reply->m_account = m_settings.jid.trimmed();
    reply->m_server = serverName();
    m_pending.removeIf([](const QPointer<ApiReply>& p) { return !p || p->isFinished(); });
    m_pending.append(reply);
}

template <typename T>
TypedReply<T>* AdminRestClient::refuse(const QByteArray& method, const QString& path, const ApiError& error)
{
    auto* reply = new TypedReply<T>(method, path, {}, nullptr);
    track(reply);
    reply->finishLater(error);
    RequestRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.method = method;
    record.path = path;
    record.errorKind = error.kind;
    ApiError withContext = error;
    withContext.account = reply->m_account;
    withContext.server = reply->m_server;
    record.message = withContext.userMessage();
    emit requestFinished(record);
    return reply;
}

template <typename T>
TypedReply<T>* AdminRestClient::call(const Request& request, typename TypedReply<T>::Parser parser)
{
    QString path;
    if (ApiError error = buildPath(request, path)) {
        // Name the path without the bad segment's encoding: it was never sent.
        return refuse<T>(request.method, u'/' + request.segments.join(u'/'), error);
    }
    if (ApiError error = transportPolicyError()) {
        return refuse<T>(request.method, path, error);
    }
    auto* reply = new TypedReply<T>(request.method, path, std::move(parser), nullptr);
    track(reply);
    QPointer<ApiReply> guard(reply);
    send(reply, request, path, [guard](const HttpResponse& response) {
        if (guard) {
            guard->complete(response);
        }
    });
    return reply;
}

void AdminRestClient::send(ApiReply* reply, const Request& request, const QString& path, ResponseHandler handler)
{
    QNetworkRequest networkRequest(urlFor(path));
    networkRequest.setTransferTimeout(m_settings.timeoutMs);
    networkRequest.setRawHeader("Authorization", authorizationHeader());
    // No transparent decompression: the bytes counted against the size limit and the declared
    // Content-Length are then the bytes on the wire.
    networkRequest.setRawHeader("Accept-Encoding", "identity");
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Prosody speaks HTTP/1.1 only.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!request.contentType.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    if (m_settings.baseUrl.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty()) {
            tls.addCaCertificates(m_caCertificates);
        }
        networkRequest.setSslConfiguration(tls);
    }

    QNetworkReply* networkReply = nullptr;
    const QByteArray& method = request.method;
    const bool hasBody = !request.body.isEmpty() || !request.contentType.isEmpty();
    if (method == "GET") {
        networkReply = m_network->get(networkRequest);
    } else if (method == "DELETE" && !hasBody) {
        networkReply = m_network->deleteResource(networkRequest);
    } else if (!hasBody) {
        // PUT /module/x and the like carry no body: no Content-Type for the server to misread.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        networkReply = m_network->sendCustomRequest(networkRequest, method);
    } else {
        networkReply = m_network->sendCustomRequest(networkRequest, method, request.body);
    }

    auto exchange = std::make_shared<Exchange>();
    exchange->reply = networkReply;
    exchange->timer.start();
    exchange->record.started = QDateTime::currentDateTimeUtc();
    exchange->record.method = method;
    exchange->record.path = path;

    const qint64 maxBytes = m_settings.maxResponseBytes;
    const QByteArray pin = normalizedPin(m_settings.pinnedCertificateSha256);
    QPointer<ApiReply> guard(reply);

    auto emitRecord = [this, exchange, guard](Kind kind, int status, const QString& message) {
        if (m_destroying) {
            return;
        }
        exchange->record.httpStatus = status;
        exchange->record.durationMs = exchange->timer.elapsed();
        exchange->record.errorKind = kind;
        exchange->record.message = message;
        emit requestFinished(exchange->record);
    };

    reply->m_abort = [exchange, emitRecord] {
        if (exchange->done) {
            return;
        }
        exchange->done = true;
        if (QNetworkReply* r = exchange->reply) {
            r->disconnect();
            r->abort();
            r->deleteLater();
        }
        emitRecord(Kind::Cancelled, 0, ApiError::make(Kind::Cancelled).userMessage());
    };

    auto abortTooLarge = [exchange] {
        exchange->tooLarge = true;
        exchange->body.clear();
        if (exchange->reply) {
            exchange->reply->abort();
        }
    };

    connect(networkReply, &QNetworkReply::metaDataChanged, reply, [exchange, maxBytes, abortTooLarge] {
        if (exchange->done || !exchange->reply) {
            return;
        }
        const QVariant length = exchange->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            abortTooLarge();
        }
    });
    connect(networkReply, &QNetworkReply::readyRead, reply, [exchange, maxBytes, abortTooLarge] {
        if (exchange->done || exchange->tooLarge || !exchange->reply) {
            return;
        }
        exchange->body += exchange->reply->readAll();
        if (exchange->body.size() > maxBytes) {
            abortTooLarge();
        }
    });
    connect(networkReply, &QNetworkReply::sslErrors, reply, [exchange, pin](const QList<QSslError>& errors) {
        if (!exchange->reply) {
            return;
        }
        exchange->peerChain = exchange->reply->sslConfiguration().peerCertificateChain();
        for (const QSslError& error : errors) {
            if (exchange->peerChain.isEmpty() && !error.certificate().isNull()) {
                exchange->peerChain.append(error.certificate());
            }
        }
        if (pin.isEmpty()) {
            return; // default verification: nothing is ignored
        }
        // Ignore exactly the errors about the pinned certificate; any other error still fails the handshake.
        QList<QSslError> pinned;
        for (const QSslError& error : errors) {
            if (!error.certificate().isNull() && certificateDigest(error.certificate()) == pin) {
                pinned.append(error);
            }
        }
        if (!pinned.isEmpty()) {
            exchange->reply->ignoreSslErrors(pinned);
        } else {
            exchange->pinMismatch = true; // say so, rather than only "untrusted"
        }
    });
    connect(networkReply, &QNetworkReply::encrypted, reply, [exchange, pin] {
        if (pin.isEmpty() || !exchange->reply) {
            return;
        }
        // A certificate that verifies against the CAs but is not the pinned one is refused too.
        const QSslCertificate peer = exchange->reply->sslConfiguration().peerCertificate();
        if (peer.isNull() || certificateDigest(peer) != pin) {
            exchange->pinMismatch = true;
            exchange->peerChain = exchange->reply->sslConfiguration().peerCertificateChain();
            exchange->reply->abort();
        }
    });
    connect(networkReply, &QNetworkReply::finished, reply,
        [exchange, guard, handler = std::move(handler), emitRecord, maxBytes] {
            if (exchange->done) {
                return;
            }
            exchange->done = true;
            QNetworkReply* networkReply = exchange->reply;
            if (guard) {
                guard->m_abort = nullptr;
            }
            if (!networkReply) {
                return;
            }
            networkReply->deleteLater();
            if (!exchange->tooLarge && networkReply->isOpen()) {
                exchange->body += networkReply->readAll();
            }
            const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QNetworkReply::NetworkError code = networkReply->error();

            ApiError failure;
            if (exchange->tooLarge) {
                failure
                    = ApiError::make(Kind::ResponseTooLarge, status, {}, u"the body exceeded %1 bytes"_s.arg(maxBytes));
            } else if (exchange->pinMismatch) {
                failure
                    = ApiError::make(Kind::Tls, 0, {}, tr("the server's certificate is not the pinned certificate"));
            } else if (isTransportFailure(code) || status == 0) {
                failure = transportError(code, networkReply->errorString());
            } else if (const QVariant declared = networkReply->header(QNetworkRequest::ContentLengthHeader);
                       declared.isValid() && exchange->body.size() < declared.toLongLong()) {
                // Depending on timing Qt may report a connection reset mid-body as a complete answer.
                failure = ApiError::make(Kind::Network, 0, {},
                    tr("the connection closed after %1 of %2 bytes")
                        .arg(exchange->body.size())
                        .arg(declared.toLongLong()));
            }
            if (failure.kind == Kind::Tls) {
                failure.peerCertificateChain = exchange->peerChain;
            }
            if (failure) {
                if (guard) {
                    guard->finish(failure);
                    emitRecord(failure.kind, status, guard->error().userMessage());
                } else {
                    emitRecord(failure.kind, status, failure.userMessage());
                }
                return;
            }

            HttpResponse response;
            response.status = status;
            response.contentType = networkReply->rawHeader("Content-Type");
            response.requestId = networkReply->rawHeader("X-Request-Id");
            response.body = exchange->body;
            handler(response);

            // The record tells how this request ended: the reply's outcome when this was its last
            // request, else what the status says.
            if (guard && guard->isFinished()) {
                const ApiError& error = guard->error();
                emitRecord(error.kind, status, error.isError() ? error.userMessage() : guard->serverMessage());
            } else {
                const ApiError error = ResponseParser::classify(response);
                emitRecord(error.kind, status, ResponseParser::envelope(response).message);
            }
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
    if (password.isEmpty()) {
        return refuse<CreateUserResult>(
            "POST", u"/user/"_s + user, ApiError::invalidInput(tr("the password is empty")));
    }
    QJsonObject body{{u"password"_s, password}};
    if (!registrationIp.isEmpty()) {
        body.insert(u"regip"_s, registrationIp);
    }
    return call<CreateUserResult>(
        {"POST", {u"user"_s, user}, {}, json(body), kJson.toByteArray()}, &ResponseParser::parseCreateUser);
}

TypedReply<DeleteUserResult>* AdminRestClient::deleteUser(const QString& user)
{
    return call<DeleteUserResult>({"DELETE", {u"user"_s, user}, {}, {}, {}}, &ResponseParser::parseDeleteUser);
}

TypedReply<QString>* AdminRestClient::changePassword(const QString& user, const QString& password)
{
    if (password.isEmpty()) {
        return refuse<QString>(
            "PATCH", u"/user/"_s + user + u"/password"_s, ApiError::invalidInput(tr("the password is empty")));
    }
    return call<QString>({"PATCH", {u"user"_s, user, u"password"_s}, {}, json(QJsonObject{{u"password"_s, password}}),
                             kJson.toByteArray()},
        &ResponseParser::parseMessage);
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

TypedReply<RegisteredUserPage>* AdminRestClient::registeredUsers(int offset, int limit)
{
    const QByteArray query = "offset=" + QByteArray::number(offset) + "&limit=" + QByteArray::number(limit);
    if (offset < 0 || limit < 0) {
        return refuse<RegisteredUserPage>("GET", u"/registered-users?"_s + QString::fromLatin1(query),
            ApiError::invalidInput(tr("the page offset and size must not be negative")));
    }
    return call<RegisteredUserPage>(
        {"GET", {u"registered-users"_s}, query, {}, {}}, &ResponseParser::parseRegisteredUsers);
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
    return call<MulticastResult>(
        {"POST", {u"message"_s}, {}, json(styled(QJsonObject{{u"recipients"_s, list}}, style)), kJson.toByteArray()},
        &ResponseParser::parseMulticast);
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
    if (offset < 0 || limit < 0) {
        return refuse<LastActivityPage>("GET", u"/last-activity?"_s + QString::fromLatin1(query),
            ApiError::invalidInput(tr("the page offset and size must not be negative")));
    }
    return call<LastActivityPage>({"GET", {u"last-activity"_s}, query, {}, {}}, &ResponseParser::parseLastActivity);
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
    const Request unload{"DELETE", {u"module"_s, name}, {}, {}, {}};
    QString path;
    if (ApiError error = buildPath(unload, path)) {
        return refuse<QString>(unload.method, u"/module/"_s + name, error);
    }
    if (ApiError error = transportPolicyError()) {
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
        const Request check{"GET", {u"module"_s, name}, {}, {}, {}};
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
