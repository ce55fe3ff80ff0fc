// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiReply.h"

#include <QPointer>
#include <QSignalSpy>

// Everything a finished reply said, copied out before the reply deletes itself.
template <typename T> struct ReplyOutcome
{
    bool finished = false;
    ApiError error;
    int status = 0;
    QString serverMessage;
    T value{};

    bool ok() const { return finished && !error.isError(); }
    // For QVERIFY2: why it was not ok.
    QByteArray describe() const
    {
        if (!finished)
            return "the reply did not finish in time";
        return QStringLiteral("HTTP %1, %2: %3 (%4)")
            .arg(status)
            .arg(error.title(), error.serverMessage, error.detail)
            .toUtf8();
    }
};

// Waits (running the event loop) for the reply to finish, at most timeoutMs.
template <typename T> ReplyOutcome<T> awaitReply(TypedReply<T>* reply, int timeoutMs = 30000)
{
    ReplyOutcome<T> outcome;
    QPointer<TypedReply<T>> guard(reply);
    auto copy = [&] {
        outcome.finished = true;
        outcome.error = reply->error();
        outcome.status = reply->httpStatus();
        outcome.serverMessage = reply->serverMessage();
        outcome.value = reply->value();
    };
    if (reply->isFinished()) {
        copy();
        return outcome;
    }
    // Copy inside the signal: the reply deletes itself afterwards.
    QObject context;
    QObject::connect(reply, &ApiReply::finished, &context, copy);
    QSignalSpy spy(reply, &ApiReply::finished);
    spy.wait(timeoutMs);
    return outcome;
}
