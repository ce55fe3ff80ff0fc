// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ResponseParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// What the ResponseParser files share: the contract's lenient JSON members (`{}` for an empty list, numbers
// as strings) and the shapes of its success answers. Internal to src/core/api; every function is pure.
namespace ResponseParserSupport {

bool isSuccess(int status);

ApiError malformed(const HttpResponse& response, const QString& detail);

// A list member: an array, or `{}` (how the server's JSON encoder writes an empty Lua table),
// or absent. Anything else (a non-empty object, a string …) is not a list.
bool asList(const QJsonValue& value, QJsonArray& out);

enum class ListRead { Read, NotAList, BadEntry };

// A list member (see asList) read entry by entry into `out`, which it clears first: parseOne(entry, item)
// fills one item and says whether the entry is one. Stops at the first entry that is not.
template <typename T, typename ParseOne> ListRead readList(const QJsonValue& value, QList<T>& out, ParseOne parseOne)
{
    QJsonArray array;
    if (!asList(value, array)) {
        return ListRead::NotAList;
    }
    out.clear();
    out.reserve(array.size());
    for (const QJsonValue& entry : array) {
        T item;
        if (!parseOne(entry, item)) {
            return ListRead::BadEntry;
        }
        out.append(item);
    }
    return ListRead::Read;
}

// An integer member; numeric strings are accepted too.
bool asInteger(const QJsonValue& value, qint64& out);

// A number that may arrive with a fraction (Lua's numbers are doubles), truncated; false for
// anything else, and for a value too large for a qint64 (an absurd number is no number).
bool asWholeNumber(const QJsonValue& value, qint64& out);

// A Unix time in seconds (asWholeNumber()) in `zone` (the local time without one); an invalid
// QDateTime for null, absent or anything that is no number.
QDateTime asUnixTime(const QJsonValue& value, const QTimeZone& zone = {});

bool asInt(const QJsonValue& value, int& out);

// A scalar as text ("0.12.4" and 13 alike); empty for objects, arrays and null.
QString asText(const QJsonValue& value);

bool asStringList(const QJsonValue& value, QStringList& out);

// The envelope of a success answer: `{"result": …}` in `envelope`, its message in `serverMessage`.
// Returns the error to report (classified error status, or a body that is no envelope).
ApiError successEnvelope(const HttpResponse& response, ResponseParser::Envelope& envelope, QString& serverMessage);

// The success envelope of a route that answers with an object: `{"result": {…}}`.
// Returns the error to report (classified error status, or a malformed body).
ApiError successObject(const HttpResponse& response, QJsonObject& object, QString& serverMessage);

// The object at `key` of a success envelope's result: `{"result": {"<key>": {…}}}`.
ApiError successMemberObject(
    const HttpResponse& response, QLatin1StringView key, QJsonObject& object, QString& serverMessage);

// The list at `path` of an answer (see readList): "<path> is not a list" when it is none, entryError
// for an entry parseOne cannot read.
template <typename T, typename ParseOne>
ApiError parseList(const HttpResponse& response, const QJsonValue& list, const QString& path, ParseOne parseOne,
    const QString& entryError, QList<T>& value)
{
    switch (readList(list, value, parseOne)) {
    case ListRead::NotAList:
        return malformed(response, QStringLiteral("%1 is not a list").arg(path));
    case ListRead::BadEntry:
        return malformed(response, entryError);
    case ListRead::Read:
        break;
    }
    return {};
}

// The answer of a route that lists: `{"result": {"<key>": [entry, …]}}`.
template <typename T, typename ParseOne>
ApiError parseResultList(const HttpResponse& response, QLatin1StringView key, ParseOne parseOne,
    const QString& entryError, QList<T>& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    return parseList(
        response, result.value(key), QString(QStringLiteral("result.") + key), parseOne, entryError, value);
}

// The list of strings at `key` of a success envelope's result; `entries` says what the strings are.
ApiError parseResultStrings(const HttpResponse& response, QLatin1StringView key, QLatin1StringView entries,
    QStringList& value, QString& serverMessage);

// Where a page of our paged listings stands: "offset" (0 when absent) and "total" (the end of
// this page when absent).
ApiError pagePosition(const HttpResponse& response, const QJsonObject& result, int count, int& offset, int& total);

} // namespace ResponseParserSupport
