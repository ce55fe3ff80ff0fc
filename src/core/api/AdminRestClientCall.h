// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

// The definitions of AdminRestClient's call templates and the JSON body of a request, for the files
// that define its routes (AdminRestClient*.cpp). Not for other users.

#include "api/AdminRestClient.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace RouteBody {
// The content type of a JSON body.
inline constexpr QByteArrayView kJson = "application/json";
// The body, compact.
inline QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace RouteBody

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
    report(record);
    return reply;
}

template <typename T>
TypedReply<T>* AdminRestClient::call(
    const ApiRequest& request, typename TypedReply<T>::Parser parser, const ApiError& invalid)
{
    QString path;
    if (ApiError error = admit(request, path, invalid)) {
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
