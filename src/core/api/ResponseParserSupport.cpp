// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParserSupport.h"

#include "api/ResponseParser.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ResponseParserSupport {

using Kind = ApiError::Kind;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiError malformed(const HttpResponse& response, const QString& detail)
{
    return ApiError::make(Kind::MalformedResponse, response.status, {}, detail);
}

bool asList(const QJsonValue& value, QJsonArray& out)
{
    if (value.isArray()) {
        out = value.toArray();
        return true;
    }
    if (value.isUndefined() || value.isNull() || (value.isObject() && value.toObject().isEmpty())) {
        out = {};
        return true;
    }
    return false;
}

bool asInteger(const QJsonValue& value, qint64& out)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15) {
            return false;
        }
        out = static_cast<qint64>(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        out = value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

QDateTime asUnixTime(const QJsonValue& value, const QTimeZone& zone)
{
    qint64 seconds = 0;
    if (!asWholeNumber(value, seconds)) {
        return {};
    }
    return zone.isValid() ? QDateTime::fromSecsSinceEpoch(seconds, zone) : QDateTime::fromSecsSinceEpoch(seconds);
}

bool asWholeNumber(const QJsonValue& value, qint64& out)
{
    if (asInteger(value, out)) {
        return true;
    }
    const double d = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || !std::isfinite(d) || std::fabs(d) > 9.0e15) {
        return false;
    }
    out = static_cast<qint64>(d);
    return true;
}

bool asInt(const QJsonValue& value, int& out)
{
    qint64 wide = 0;
    if (!asInteger(value, wide) || wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        return false;
    }
    out = static_cast<int>(wide);
    return true;
}

QString asText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble() || value.isBool()) {
        return value.toVariant().toString();
    }
    return {};
}

bool asStringList(const QJsonValue& value, QStringList& out)
{
    auto parseString = [](const QJsonValue& item, QString& text) {
        text = item.toString();
        return item.isString();
    };
    return readList(value, out, parseString) == ListRead::Read;
}

ApiError successEnvelope(const HttpResponse& response, ResponseParser::Envelope& envelope, QString& serverMessage)
{
    envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    if (ApiError error = ResponseParser::classify(response)) {
        return error;
    }
    if (!envelope.isJson) {
        return malformed(response, envelope.parseError);
    }
    return {};
}

ApiError successObject(const HttpResponse& response, QJsonObject& object, QString& serverMessage)
{
    ResponseParser::Envelope envelope;
    if (ApiError error = successEnvelope(response, envelope, serverMessage)) {
        return error;
    }
    if (!envelope.result.isObject()) {
        return malformed(response, u"result is not an object"_s);
    }
    object = envelope.result.toObject();
    return {};
}

ApiError successMemberObject(
    const HttpResponse& response, QLatin1StringView key, QJsonObject& object, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    const QJsonValue member = result.value(key);
    if (!member.isObject()) {
        return malformed(response, u"result.%1 is not an object"_s.arg(key));
    }
    object = member.toObject();
    return {};
}

ApiError parseResultStrings(const HttpResponse& response, QLatin1StringView key, QLatin1StringView entries,
    QStringList& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    if (!asStringList(result.value(key), value)) {
        return malformed(response, u"result.%1 is not a list of %2"_s.arg(key, entries));
    }
    return {};
}

ApiError pagePosition(const HttpResponse& response, const QJsonObject& result, int count, int& offset, int& total)
{
    offset = 0;
    if (result.contains("offset"_L1) && !asInt(result.value("offset"_L1), offset)) {
        return malformed(response, u"result.offset is not a number"_s);
    }
    total = offset + count;
    if (result.contains("total"_L1) && !asInt(result.value("total"_L1), total)) {
        return malformed(response, u"result.total is not a number"_s);
    }
    return {};
}

} // namespace ResponseParserSupport
