// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "FakeHttpServer.h"
#include "api/AdminRestClient.h"

#include <QPointer>
#include <QSignalSpy>

#include <memory>

// What a finished reply said, copied inside finished() (the reply deletes itself afterwards).
struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    ApiError error;
    int status = 0;
    QString serverMessage;
    QString path;

    bool ok() const { return finished && !error.isError(); }
    QByteArray describe() const
    {
        if (!finished) {
            return "the reply did not finish";
        }
        return QStringLiteral("HTTP %1, %2: %3 (%4)")
            .arg(status)
            .arg(error.title(), error.serverMessage, error.detail)
            .toUtf8();
    }
};

// Starts recording a reply's outcome; wait with QTRY_VERIFY(outcome->finished).
template <typename Reply> std::shared_ptr<Outcome> watch(Reply* reply, std::function<void(Reply*)> onFinished = {})
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome, onFinished] {
        ++outcome->finishedCount;
        outcome->finished = true;
        outcome->error = reply->error();
        outcome->status = reply->httpStatus();
        outcome->serverMessage = reply->serverMessage();
        outcome->path = reply->path();
        if (onFinished) {
            onFinished(reply);
        }
    });
    return outcome;
}

// Waits for the reply to finish and returns its outcome and (for typed replies) value.
template <typename T> std::pair<Outcome, T> await(TypedReply<T>* reply, int timeoutMs = 10000)
{
    auto value = std::make_shared<T>();
    auto outcome = watch<TypedReply<T>>(reply, [value](TypedReply<T>* r) { *value = r->value(); });
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!outcome->finished) {
        spy.wait(timeoutMs);
    }
    return {*outcome, *value};
}

inline ConnectionSettings settingsFor(const QUrl& baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.jid = QStringLiteral("admin@example.org");
    settings.password = QStringLiteral("s3cret:pässword");
    settings.timeoutMs = 10000;
    return settings;
}

inline QByteArray expectedAuthorization()
{
    return "Basic " + QStringLiteral("admin@example.org:s3cret:pässword").toUtf8().toBase64();
}
