// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;
using Kind = ApiError::Kind;

// The envelope, the classification of error statuses, and the answers that are a message or a count. The
// per-resource parse functions are in ResponseParser{Users,Messages,Contacts,Server}.cpp.

QByteArray ResponseParser::mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

ResponseParser::Envelope ResponseParser::envelope(const HttpResponse& response)
{
    Envelope envelope;
    const QByteArray body = response.body.trimmed();
    if (body.isEmpty()) {
        envelope.parseError = u"empty body"_s;
        return envelope;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        envelope.parseError = u"not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset);
        return envelope;
    }
    if (!document.isObject()) {
        envelope.parseError = u"the body is not a JSON object"_s;
        return envelope;
    }
    const QJsonObject object = document.object();
    if (!object.contains("result"_L1)) {
        envelope.parseError = u"the body has no result member"_s;
        return envelope;
    }
    envelope.isJson = true;
    envelope.result = object.value("result"_L1);
    if (envelope.result.isString()) {
        envelope.message = envelope.result.toString();
    }
    return envelope;
}

ApiError ResponseParser::classify(const HttpResponse& response)
{
    const int status = response.status;
    if (isSuccess(status)) {
        return {};
    }
    const Envelope envelope = ResponseParser::envelope(response);
    const QString message = envelope.message;
    auto error = [&](Kind kind) { return ApiError::make(kind, status, message); };

    switch (status) {
    case 400:
        if (message == "Invalid authentication details"_L1 || message == "Missing authorization header"_L1) {
            return error(Kind::AuthenticationFailed);
        }
        return error(Kind::BadRequest);
    case 401:
        // admin_rest_whitelist refuses with an empty body and no content type.
        if (response.body.trimmed().isEmpty()) {
            return error(Kind::NotWhitelisted);
        }
        if (message.contains("administrator"_L1, Qt::CaseInsensitive)) {
            return error(Kind::NotAdmin);
        }
        return error(Kind::AuthenticationFailed);
    case 404:
        if (message == "Host does not exist or is malformed"_L1) {
            return error(Kind::UnknownVirtualHost);
        }
        if (message == "Invalid request path"_L1) {
            return error(Kind::NotSupported);
        }
        if (!envelope.isJson) {
            // Prosody's own not-found page: nothing of admin_rest answers at that path.
            return error(Kind::ApiNotFound);
        }
        return error(Kind::NotFound);
    case 405:
        return error(Kind::NotSupported);
    case 409:
        return error(Kind::Conflict);
    case 429:
        // Our module, after too many failed sign-ins from this address (admin_rest_auth_failures).
        return error(Kind::TooManyAttempts);
    case 501:
        // Our module, for a feature the server lacks: "Unavailable: <reason>".
        if (message.startsWith("Unavailable:"_L1)) {
            return error(Kind::NotSupported);
        }
        return error(Kind::MessageDropped);
    default:
        break;
    }
    if (status >= 500 && status < 600) {
        return error(Kind::ServerError);
    }
    return error(Kind::HttpError);
}

ApiError ResponseParser::parseMessage(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    if (ApiError error = classify(response)) {
        return error;
    }
    // A message route may answer with a string, an object, or (some 200s of the published module)
    // nothing at all.
    if (!envelope.isJson && !response.body.trimmed().isEmpty()) {
        return malformed(response, envelope.parseError);
    }
    value = envelope.message;
    return {};
}

ApiError ResponseParser::parsePing(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    if (ApiError error = classify(response)) {
        return error;
    }
    if (!envelope.isJson || !envelope.result.isString()) {
        return malformed(response, envelope.isJson ? u"result is not a string"_s : envelope.parseError);
    }
    value = envelope.message;
    return {};
}

ApiError ResponseParser::parseCount(const HttpResponse& response, int& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    if (!asInt(result.value("count"_L1), value)) {
        return malformed(response, u"result.count is not a number"_s);
    }
    return {};
}
