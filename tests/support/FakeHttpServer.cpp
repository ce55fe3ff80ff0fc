// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FakeHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

bool hasHeaderIn(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

// --- Response

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QByteArray& resultJson)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = "{\"result\":" + resultJson + "}";
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::message(int status, const QString& message)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = QJsonDocument(QJsonObject{{u"result"_s, message}}).toJson(QJsonDocument::Compact);
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::text(
    int status, const QByteArray& contentType, const QByteArray& body)
{
    Response response;
    response.status = status;
    if (!contentType.isEmpty()) {
        response.headers = {{"Content-Type", contentType}};
    }
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::rawBytes(const QByteArray& bytes)
{
    Response response;
    response.raw = bytes;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::never()
{
    Response response;
    response.behaviour = Behaviour::NeverAnswer;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::closeWithoutAnswer()
{
    Response response;
    response.behaviour = Behaviour::CloseWithoutAnswer;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::resetMidBody(int status, const QByteArray& body)
{
    Response response = text(status, "application/json", body);
    response.behaviour = Behaviour::ResetMidBody;
    return response;
}

// --- Request

QByteArray FakeHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool FakeHttpServer::Request::hasHeader(const QByteArray& name) const
{
    return hasHeaderIn(headers, name);
}

// --- server

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
{
    m_default = Response::message(404, u"Invalid request path"_s);
    setUpServer(new QTcpServer(this));
}

void FakeHttpServer::setUpServer(QTcpServer* server)
{
    delete m_server;
    m_server = server;
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    // QSslServer hands out a connection only once its handshake is done, and says so with this signal.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    closeConnections();
}

bool FakeHttpServer::listen(const QHostAddress& address)
{
    return m_server->listen(address, 0);
}

bool FakeHttpServer::listenTls(const QSslConfiguration& configuration, const QHostAddress& address)
{
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    connect(server, &QSslServer::errorOccurred, this,
        [this](QSslSocket*, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(server, &QSslServer::handshakeInterruptedOnError, this,
        [this](QSslSocket*, const QSslError&) { ++m_failedHandshakes; });
    setUpServer(server);
    m_tls = true;
    return m_server->listen(address, 0);
}

void FakeHttpServer::setTlsConfiguration(const QSslConfiguration& configuration)
{
    Q_ASSERT(m_tls);
    static_cast<QSslServer*>(m_server)->setSslConfiguration(configuration);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress FakeHttpServer::address() const
{
    return m_server->serverAddress();
}

QUrl FakeHttpServer::url(const QString& basePath) const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    const QHostAddress host = address();
    url.setHost(host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s : host.toString());
    url.setPort(port());
    url.setPath(basePath);
    return url;
}

void FakeHttpServer::setRoute(const QByteArray& methodAndPath, const Response& response)
{
    m_routes.insert(methodAndPath, response);
}

void FakeHttpServer::enqueue(const Response& response)
{
    m_queue.push_back(response);
}

void FakeHttpServer::setDefaultResponse(const Response& response)
{
    m_default = response;
}

void FakeHttpServer::closeConnections()
{
    const auto connections = m_connections;
    for (const Connection& connection : connections) {
        if (connection.socket) {
            connection.socket->abort();
            connection.socket->deleteLater();
        }
    }
    m_connections.clear();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        m_connections.insert(socket, Connection{socket, {}, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        emit newConnection();
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    it->buffer += socket->readAll();
    Request request;
    while (!it->silenced && takeRequest(*it, request)) {
        m_requests.append(request);
        emit requestReceived(request);
        const Response response = responseFor(request);
        // m_connections may have changed in a slot of requestReceived.
        it = m_connections.find(socket);
        if (it == m_connections.end()) {
            return;
        }
        if (response.behaviour != Response::Behaviour::Answer || !response.raw.isEmpty() || response.closeAfter) {
            it->silenced = true;
        }
        answer(socket, response);
        it = m_connections.find(socket);
        if (it == m_connections.end()) {
            return;
        }
    }
}

bool FakeHttpServer::takeRequest(Connection& connection, Request& request)
{
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    Request parsed;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    parsed.method = requestLine.value(0);
    parsed.path = requestLine.value(1);
    parsed.version = requestLine.value(2);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        parsed.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() - bodyStart < contentLength) {
        return false;
    }
    parsed.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);
    request = parsed;
    return true;
}

FakeHttpServer::Response FakeHttpServer::responseFor(const Request& request)
{
    QByteArray path = request.path;
    if (!m_basePath.isEmpty() && path.startsWith(m_basePath)) {
        path = path.mid(m_basePath.size());
    }
    const QByteArray withQuery = request.method + ' ' + path;
    if (auto it = m_routes.constFind(withQuery); it != m_routes.constEnd()) {
        return *it;
    }
    const qsizetype question = path.indexOf('?');
    if (question >= 0) {
        const QByteArray withoutQuery = request.method + ' ' + path.left(question);
        if (auto it = m_routes.constFind(withoutQuery); it != m_routes.constEnd()) {
            return *it;
        }
    }
    if (m_responder) {
        if (std::optional<Response> response = m_responder(request)) {
            return *response;
        }
    }
    if (!m_queue.empty()) {
        Response response = m_queue.front();
        m_queue.pop_front();
        return response;
    }
    return m_default;
}

void FakeHttpServer::answer(QTcpSocket* socket, const Response& response)
{
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard) {
                write(guard, response);
            }
        });
        return;
    }
    write(socket, response);
}

QByteArray FakeHttpServer::serialize(const Response& response)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    for (const auto& header : response.headers) {
        bytes += header.first + ": " + header.second + "\r\n";
    }
    if (!hasHeaderIn(response.headers, "Content-Length")) {
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (response.closeAfter) {
        bytes += "Connection: close\r\n";
    }
    bytes += "\r\n" + response.body;
    return bytes;
}

void FakeHttpServer::resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send a RST instead of a FIN.
    const struct linger hard
    {
        1, 0
    };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

void FakeHttpServer::write(QTcpSocket* socket, const Response& response)
{
    using Behaviour = Response::Behaviour;
    switch (response.behaviour) {
    case Behaviour::Answer:
        if (!response.raw.isEmpty()) {
            // HTTP/1.0 style: the body ends when the connection does.
            socket->write(response.raw);
            socket->disconnectFromHost();
            return;
        }
        socket->write(serialize(response));
        if (response.closeAfter) {
            socket->disconnectFromHost();
        }
        return;
    case Behaviour::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case Behaviour::NeverAnswer:
        return;
    case Behaviour::ResetMidBody: {
        const QByteArray bytes = serialize(response);
        const qsizetype headerSize = bytes.size() - response.body.size();
        socket->write(bytes.left(headerSize + response.body.size() / 2));
        socket->flush();
        // Let the partial answer reach the client before the reset discards the send buffer.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, this, [guard] {
            if (guard) {
                resetConnection(guard);
            }
        });
        return;
    }
    case Behaviour::Trickle: {
        const QByteArray bytes = serialize(response);
        auto* timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        const int chunk = qMax(1, response.trickleBytes);
        const bool close = response.closeAfter;
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, bytes, offset, chunk, close] {
            if (!guard) {
                return;
            }
            guard->write(bytes.mid(*offset, chunk));
            *offset += chunk;
            if (*offset >= bytes.size()) {
                timer->stop();
                timer->deleteLater();
                if (close) {
                    guard->disconnectFromHost();
                }
            }
        });
        timer->start(response.trickleIntervalMs);
        return;
    }
    }
}
