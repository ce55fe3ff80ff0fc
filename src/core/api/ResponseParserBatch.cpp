// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// Signing in once and asking in bulk (our module): POST /token, POST /batch/<operation>.

ApiError ResponseParser::parseAccessToken(const HttpResponse& response, AccessToken& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    AccessToken parsed;
    parsed.token = asText(result.value("token"_L1));
    // The token goes into a header: only the characters the module sends (base64url).
    static const QRegularExpression tokenShape(u"^[A-Za-z0-9_-]{16,}$"_s);
    if (!tokenShape.match(parsed.token).hasMatch()) {
        return malformed(response, u"result.token is not a token"_s);
    }
    if (!asInt(result.value("lifetime"_L1), parsed.lifetimeSeconds) || parsed.lifetimeSeconds <= 0) {
        return malformed(response, u"result.lifetime is not a number of seconds"_s);
    }
    parsed.expires = asUnixTime(result.value("expires"_L1));
    parsed.jid = asText(result.value("jid"_L1));
    value = parsed;
    return {};
}

ApiError ResponseParser::parseUserActivity(const HttpResponse& response, UserActivity& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    UserActivity parsed{asText(result.value("jid"_L1)), result.value("online"_L1).toBool(),
        asUnixTime(result.value("last_activity"_L1))};
    if (parsed.jid.isEmpty()) {
        return malformed(response, u"result.jid is missing"_s);
    }
    value = parsed;
    return {};
}

ApiError ResponseParser::parseBatchAnswers(
    const HttpResponse& response, QList<BatchAnswer>& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    const QJsonValue results = result.value("results"_L1);
    if (!results.isArray()) {
        return malformed(response, u"result.results is not a list"_s);
    }
    QList<BatchAnswer> parsed;
    for (const QJsonValue& entry : results.toArray()) {
        const QJsonObject item = entry.toObject();
        int status = 0;
        if (!entry.isObject() || !asInt(item.value("status"_L1), status) || status < 100 || status > 599) {
            return malformed(response, u"an item of result.results has no status"_s);
        }
        // The item's answer as its own route would have sent it.
        HttpResponse answer;
        answer.status = status;
        answer.contentType = "application/json";
        answer.body = QJsonDocument(QJsonObject{{u"result"_s, item.value("result"_L1)}}).toJson(QJsonDocument::Compact);
        answer.requestId = response.requestId;
        parsed.append({asText(item.value("user"_L1)), answer});
    }
    int count = 0;
    if (!asInt(result.value("count"_L1), count) || count != parsed.size()) {
        return malformed(response, u"result.count is not the number of results"_s);
    }
    value = parsed;
    return {};
}
