// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/PoolRelease.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

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
// out or was cancelled, always on the thread the reply lives on. The reply deletes itself
// (deleteLater) after finished() has been emitted: connect to finished() with a context object and
// read the result inside the slot. A body of ParseOffThreadBytes or more is parsed on a thread of
// the global pool, so that a large answer (a list of a million users is 20 MB and a second of
// parsing) does not stop the event loop; cancel() meanwhile still finishes the reply at once.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype ParseOffThreadBytes = 256 * 1024;

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

    // A parse of one completed HTTP exchange in two steps: run() may be called on any thread (it
    // touches nothing of the reply) and returns ApiError{} on success; adopt() then hands the value to
    // the reply, on the reply's thread.
    struct ParseJob
    {
        std::function<ApiError(QString& serverMessage)> run;
        std::function<void()> adopt;
    };
    virtual ParseJob parseJob(const HttpResponse& response) = 0;
    // True when the answer was large enough to be parsed on the pool: its value is let go of there too.
    bool isLarge() const { return m_large; }

private:
    friend class AdminRestClient;

    // Parses a completed exchange (off the thread for a large body) and finishes with the result.
    void complete(const HttpResponse& response);
    // True from complete() on a large body until its parse has ended.
    bool isParsing() const { return m_parsing; }
    void finishParsed(ApiError error, const QString& serverMessage);
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
    bool m_parsing = false;
    bool m_large = false;
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

    ~TypedReply() override
    {
        if (isLarge())
            PoolRelease::drop(std::move(m_value));
    }

    const T& value() const { return m_value; }
    void setValue(T value) { m_value = std::move(value); }

protected:
    ParseJob parseJob(const HttpResponse& response) override
    {
        auto value = std::make_shared<T>();
        return {[parser = m_parser, response, value](
                    QString& serverMessage) { return parser(response, *value, serverMessage); },
            [this, value] { m_value = std::move(*value); }};
    }

private:
    Parser m_parser;
    T m_value{};
};
