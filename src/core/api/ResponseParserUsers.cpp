// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// Accounts and their sessions: /user, /users, /all-users, /registered-users, /sessions, /last-activity.

namespace {

using Kind = ApiError::Kind;

// A role given as an object ({"id","name",…}) or as its id.
QString roleId(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject role = value.toObject();
        return role.contains("id"_L1) ? asText(role.value("id"_L1)) : asText(role.value("name"_L1));
    }
    return asText(value);
}

bool parseSecondaryRoles(const QJsonValue& value, QStringList& out)
{
    out.clear();
    if (value.isObject()) {
        // A set keyed by role name ({"prosody:operator": true}) or by anything with role objects as values.
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString id = it.value().isObject() ? roleId(it.value()) : QString();
            out.append(id.isEmpty() ? it.key() : id);
        }
        return true;
    }
    auto parseRoleId = [](const QJsonValue& item, QString& id) {
        id = roleId(item);
        return !id.isEmpty();
    };
    return readList(value, out, parseRoleId) == ListRead::Read;
}

// Our module's "enabled" and "disabled": {"reason"} of a user, where it sends them.
void readEnabledState(const QJsonObject& object, std::optional<bool>& enabled, QString& reason)
{
    const QJsonValue state = object.value("enabled"_L1);
    if (state.isBool()) {
        enabled = state.toBool();
    }
    reason = asText(object.value("disabled"_L1).toObject().value("reason"_L1));
}

bool parseRegisteredUser(const QJsonValue& value, RegisteredUser& user)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    user.jid = asText(object.value("jid"_L1));
    if (user.jid.isEmpty()) {
        return false;
    }
    user.role = roleId(object.value("role"_L1));
    readEnabledState(object, user.enabled, user.disabledReason);
    return parseSecondaryRoles(object.value("secondary_roles"_L1), user.secondaryRoles);
}

bool parseSession(const QJsonValue& value, Session& session)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    session.resource = asText(object.value("resource"_L1));
    session.id = asText(object.value("id"_L1));
    session.ip = asText(object.value("ip"_L1));
    int port = -1;
    if (object.contains("port"_L1) && asInt(object.value("port"_L1), port)) {
        session.port = port;
    }
    const QJsonValue secure = object.value("secure"_L1);
    if (secure.isBool()) {
        session.secure = secure.toBool();
    }
    return true;
}

bool parseConnectedSession(const QJsonValue& value, ConnectedSession& session)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    session = ConnectedSession{asText(object.value("username"_L1)), asText(object.value("resource"_L1))};
    return true;
}

} // namespace

ApiError ResponseParser::parseUser(const HttpResponse& response, UserInfo& value, QString& serverMessage)
{
    QJsonObject object;
    if (ApiError error = successMemberObject(response, "user"_L1, object, serverMessage)) {
        return error;
    }
    value.connected = object.value("connected"_L1).toBool(false);
    readEnabledState(object, value.enabled, value.disabledReason);
    value.restorableUntil
        = asUnixTime(object.value("pending_deletion"_L1).toObject().value("pending_until"_L1), QTimeZone::utc());
    return parseList(response, object.value("sessions"_L1), u"result.user.sessions"_s, parseSession,
        u"a session is not an object"_s, value.sessions);
}

ApiError ResponseParser::parseConnected(const HttpResponse& response, bool& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    // Offline is 404 {"connected":false}; a 404 with a string means there is no such user.
    if (response.status == 404 && envelope.isJson && envelope.result.isObject()
        && envelope.result.toObject().value("connected"_L1).isBool()) {
        value = envelope.result.toObject().value("connected"_L1).toBool();
        return {};
    }
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    const QJsonValue connected = result.value("connected"_L1);
    if (!connected.isBool()) {
        return malformed(response, u"result.connected is not a boolean"_s);
    }
    value = connected.toBool();
    return {};
}

ApiError ResponseParser::parseCreateUser(const HttpResponse& response, CreateUserResult& value, QString& serverMessage)
{
    QString message;
    if (ApiError error = parseMessage(response, message, serverMessage)) {
        return error;
    }
    // current overwrites the password of an existing user and says so with a 200.
    value = response.status == 200 ? CreateUserResult::PasswordUpdated : CreateUserResult::Created;
    return {};
}

ApiError ResponseParser::parseDeleteUser(const HttpResponse& response, DeleteUserResult& value, QString& serverMessage)
{
    QString message;
    const ApiError error = parseMessage(response, message, serverMessage);
    // The account is already gone: classic answers 404 "User does not exist: u@h", current and ours
    // 200 with the same text. ("User does not exist or is malformed" is a refused name, an error.)
    const bool gone = serverMessage.startsWith("User does not exist:"_L1);
    if (error && !(gone && response.status == 404)) {
        return error;
    }
    value = gone ? DeleteUserResult::DidNotExist : DeleteUserResult::Deleted;
    return {};
}

ApiError ResponseParser::parseConnectedSessions(
    const HttpResponse& response, QList<ConnectedSession>& value, QString& serverMessage)
{
    return parseResultList(
        response, "users"_L1, parseConnectedSession, u"a user is not an object"_s, value, serverMessage);
}

ApiError ResponseParser::parseAllUsers(
    const HttpResponse& response, QList<RegisteredUser>& value, QString& serverMessage)
{
    // The published module with lua-cjson cannot encode the role objects and answers 200 with
    // nothing: the route exists but cannot list.
    if (response.status == 200 && response.body.trimmed().isEmpty()) {
        return ApiError::make(Kind::NotSupported, response.status, {}, u"all-users answered with an empty body"_s);
    }
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    if (readList(result.value("users"_L1), value, parseRegisteredUser) != ListRead::Read) {
        return malformed(response, u"result.users is not a list of users"_s);
    }
    return {};
}

ApiError ResponseParser::parseRegisteredUsers(
    const HttpResponse& response, RegisteredUserPage& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    if (readList(result.value("users"_L1), value.users, parseRegisteredUser) != ListRead::Read) {
        return malformed(response, u"result.users is not a list of users"_s);
    }
    return pagePosition(response, result, int(value.users.size()), value.offset, value.total);
}

ApiError ResponseParser::parseKick(const HttpResponse& response, int& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    if (!asInt(result.value("closed"_L1), value) || value < 0) {
        return malformed(response, u"result.closed is not a count"_s);
    }
    return {};
}

ApiError ResponseParser::parseLastActivity(
    const HttpResponse& response, LastActivityPage& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    const QJsonValue users = result.value("users"_L1);
    if (!users.isArray() && !(users.isObject() && users.toObject().isEmpty())) {
        return malformed(response, u"result.users is not a list"_s);
    }
    LastActivityPage parsed;
    for (const QJsonValue& entry : users.toArray()) {
        const QJsonObject user = entry.toObject();
        const QString jid = asText(user.value("jid"_L1));
        if (jid.isEmpty()) {
            return malformed(response, u"a user of result.users has no jid"_s);
        }
        parsed.users.append({jid, user.value("online"_L1).toBool(), asUnixTime(user.value("last_activity"_L1))});
    }
    if (ApiError error = pagePosition(response, result, int(parsed.users.size()), parsed.offset, parsed.total)) {
        return error;
    }
    parsed.since = asUnixTime(result.value("since"_L1));
    value = parsed;
    return {};
}
