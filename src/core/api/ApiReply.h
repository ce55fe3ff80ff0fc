#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// What came back over the wire for one request, before parsing.
struct HttpResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    // Prosody 13's HTTP server tags every answer with an X-Request-Id (also in its log); 0.12 does not.
    QByteArray requestId;
};

// One asynchronous API call. Emits finished() exactly once, whether it succeeded, failed, timed
// out or was cancelled. The reply deletes itself (deleteLater) after finished() has been emitted:
// connect to finished() with a context object and read the result inside the slot.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_status; }
    // The server's `result` string on success ("User registered: a@b"), or empty.
    QString serverMessage() const { return m_serverMessage; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; } // the path below the base URL, as sent (encoded)
    // The server's X-Request-Id for this answer (Prosody 13 and later), or empty.
    QByteArray requestId() const { return m_requestId; }

    // Aborts the request; finished() is emitted with ApiError::Kind::Cancelled unless it already was.
    void cancel();

signals:
    void finished();

protected:
    ApiReply(QByteArray method, QString path, QObject* parent);

    // Parses a completed HTTP exchange: fills the typed value and returns ApiError{} on success.
    virtual ApiError parse(const HttpResponse& response, QString& serverMessage) = 0;

private:
    friend class AdminRestClient;

    // Parses a completed exchange and finishes with the result.
    void complete(const HttpResponse& response);
    // Sets the error (or success) and emits finished(): once, then deleteLater().
    void finish(const ApiError& error);
    // finish() from the event loop: for calls refused before anything was sent.
    void finishLater(const ApiError& error);

    QByteArray m_method;
    QString m_path;
    ApiError m_error;
    QString m_serverMessage;
    int m_status = 0;
    QByteArray m_requestId;
    bool m_finished = false;
    bool m_finishQueued = false;
    // Context for ApiError::userMessage(), copied into every error.
    QString m_account;
    QString m_server;
    // Aborts the HTTP request in flight, if any; set by AdminRestClient for each request it sends.
    std::function<void()> m_abort;
};

// A reply carrying a value of type T once it has finished without error.
template <typename T> class TypedReply : public ApiReply
{
public:
    using Parser = std::function<ApiError(const HttpResponse&, T&, QString& serverMessage)>;

    TypedReply(QByteArray method, QString path, Parser parser, QObject* parent)
        : ApiReply(std::move(method), std::move(path), parent)
        , m_parser(std::move(parser))
    {
    }

    const T& value() const { return m_value; }
    void setValue(T value) { m_value = std::move(value); }

protected:
    ApiError parse(const HttpResponse& response, QString& serverMessage) override
    {
        return m_parser(response, m_value, serverMessage);
    }

private:
    Parser m_parser;
    T m_value{};
};
