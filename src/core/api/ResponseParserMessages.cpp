// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// Messages: /message (one user and multicast), /announce.

ApiError ResponseParser::parseMessageDelivery(
    const HttpResponse& response, MessageDelivery& value, QString& serverMessage)
{
    QString message;
    if (ApiError error = parseMessage(response, message, serverMessage)) {
        return error;
    }
    value = response.status == 202 ? MessageDelivery::Queued : MessageDelivery::Delivered;
    return {};
}

std::optional<MulticastResult> ResponseParser::parseMulticastMessage(const QString& message)
{
    static const QRegularExpression pattern(u"^Message multicasted to users:\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(message.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool sentOk = false;
    bool queuedOk = false;
    MulticastResult result;
    result.sent = match.captured(1).toInt(&sentOk);
    result.queued = match.captured(2).toInt(&queuedOk);
    if (!sentOk || !queuedOk) {
        return std::nullopt;
    }
    return result;
}

ApiError ResponseParser::parseMulticast(const HttpResponse& response, MulticastResult& value, QString& serverMessage)
{
    Envelope envelope;
    if (ApiError error = successEnvelope(response, envelope, serverMessage)) {
        return error;
    }
    if (envelope.result.isObject()) {
        const QJsonObject object = envelope.result.toObject();
        if (asInt(object.value("sent"_L1), value.sent) && asInt(object.value("queued"_L1), value.queued)) {
            return {};
        }
        return malformed(response, u"result has no sent and queued counts"_s);
    }
    const std::optional<MulticastResult> counts = parseMulticastMessage(envelope.message);
    if (!counts) {
        return malformed(response, u"unexpected multicast answer"_s);
    }
    value = *counts;
    return {};
}

ApiError ResponseParser::parseAnnounce(const HttpResponse& response, AnnounceResult& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    AnnounceResult parsed;
    const std::pair<QLatin1StringView, int*> fields[]{{"count"_L1, &parsed.count}, {"sent"_L1, &parsed.sent},
        {"queued"_L1, &parsed.queued}, {"dropped"_L1, &parsed.dropped}, {"failed"_L1, &parsed.failed}};
    for (const auto& [key, target] : fields) {
        if (result.contains(key) && !asInt(result.value(key), *target)) {
            return malformed(response, u"result.%1 is not a number"_s.arg(key));
        }
    }
    if (!result.contains("count"_L1)) {
        parsed.count = parsed.sent + parsed.queued + parsed.dropped + parsed.failed;
    }
    value = parsed;
    return {};
}
