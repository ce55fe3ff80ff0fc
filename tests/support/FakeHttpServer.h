// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

// A loopback HTTP/1.1 server on a free port for unit tests of the client (in the spirit of qtbase's
// MiniHttpServer): it answers from a script and can misbehave on purpose. Every request it reads is
// recorded exactly as it arrived.
//
// Answers are chosen per request: first a route set with setRoute() ("GET /ping", matched on the
// path with its query, then without it), else the responder's answer (setResponder()), else the next
// queued answer (enqueue()), else the default answer (404 "Invalid request path", as admin_rest
// answers unknown routes).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        enum class Behaviour {
            Answer, // status line, headers, body
            CloseWithoutAnswer, // read the request, then close the connection
            NeverAnswer, // read the request, then keep the connection open and silent
            ResetMidBody, // headers and half the body, then reset the connection
            Trickle, // the answer in chunks of trickleBytes every trickleIntervalMs
        };

        int status = 200;
        QByteArray reason; // derived from the status when empty
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added unless given or raw is set
        QByteArray body;
        QByteArray raw; // when not empty: sent verbatim instead of status line, headers and body, then closed
        int delayMs = 0; // wait before answering
        Behaviour behaviour = Behaviour::Answer;
        int trickleBytes = 1;
        int trickleIntervalMs = 10;
        bool closeAfter = false; // close the connection after answering

        // {"result": <resultJson>} as application/json.
        static Response json(int status, const QByteArray& resultJson);
        // {"result": "<message>"} as application/json.
        static Response message(int status, const QString& message);
        static Response text(int status, const QByteArray& contentType, const QByteArray& body);
        static Response rawBytes(const QByteArray& bytes);
        static Response never();
        static Response closeWithoutAnswer();
        // Declares Content-Length for the whole body but sends only half of it.
        static Response resetMidBody(int status, const QByteArray& body);
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // as on the request line, query included
        QByteArray version;
        QList<QPair<QByteArray, QByteArray>> headers; // in the order received, names as sent
        QByteArray body;

        QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
        bool hasHeader(const QByteArray& name) const;
        QByteArray requestLine() const { return method + ' ' + path + ' ' + version; }
    };

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on a free port of `address` (loopback unless said otherwise).
    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    // The same over TLS with the given local certificate and key (QSslServer). url() is then https.
    // Connections whose handshake fails are counted in failedHandshakes(), not in connectionCount().
    bool listenTls(const QSslConfiguration& configuration, const QHostAddress& address = QHostAddress::LocalHost);
    // TLS only: new connections are answered with this configuration from now on (a certificate
    // swapped under a connected client; closeConnections() makes the client connect again).
    void setTlsConfiguration(const QSslConfiguration& configuration);
    quint16 port() const;
    QHostAddress address() const;
    // http://127.0.0.1:<port><basePath>
    QUrl url(const QString& basePath = QStringLiteral("/admin_rest")) const;

    // "GET /ping" → always this answer. With a query ("GET /x?a=1") it matches only that query.
    void setRoute(const QByteArray& methodAndPath, const Response& response);
    void enqueue(const Response& response);
    void setDefaultResponse(const Response& response);
    // Answers what no route answers (a whole fake server: paths with any user name in them);
    // std::nullopt passes the request on to the queue and the default.
    void setResponder(std::function<std::optional<Response>(const Request&)> responder)
    {
        m_responder = std::move(responder);
    }
    // The base path stripped from request paths when matching routes ("/admin_rest").
    void setBasePath(const QByteArray& basePath) { m_basePath = basePath; }

    const QList<Request>& requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request{} : m_requests.last(); }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connectionCount; }
    int failedHandshakes() const { return m_failedHandshakes; }
    void clearRequests() { m_requests.clear(); }
    // Closes every open connection (those kept silent by NeverAnswer included).
    void closeConnections();

signals:
    void requestReceived(const FakeHttpServer::Request& request);
    void newConnection();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool silenced = false; // NeverAnswer / closing: ignore further input
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Parses complete requests out of the buffer; false when more bytes are needed.
    bool takeRequest(Connection& connection, Request& request);
    Response responseFor(const Request& request);
    void answer(QTcpSocket* socket, const Response& response);
    void write(QTcpSocket* socket, const Response& response);
    static QByteArray serialize(const Response& response);
    static void resetConnection(QTcpSocket* socket);

    void setUpServer(QTcpServer* server);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    int m_failedHandshakes = 0;
    QHash<QTcpSocket*, Connection> m_connections;
    QHash<QByteArray, Response> m_routes;
    std::deque<Response> m_queue;
    Response m_default;
    std::function<std::optional<Response>(const Request&)> m_responder;
    QByteArray m_basePath = "/admin_rest";
    QList<Request> m_requests;
    int m_connectionCount = 0;
};

Q_DECLARE_METATYPE(FakeHttpServer::Request)
