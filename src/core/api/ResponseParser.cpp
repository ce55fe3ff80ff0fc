#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiError malformed(const HttpResponse& response, const QString& detail)
{
    return ApiError::make(Kind::MalformedResponse, response.status, {}, detail);
}

// A list member: an array, or `{}` (how the server's JSON encoder writes an empty Lua table),
// or absent. Anything else (a non-empty object, a string …) is not a list.
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

// A number that may arrive with a fraction (Lua's numbers are doubles), truncated; false for
// anything else, and for a value too large for a qint64 (an absurd number is no number).
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

// A scalar as text ("0.12.4" and 13 alike); empty for objects, arrays and null.
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

// The success envelope of a route that answers with an object: `{"result": {…}}`.
// Returns the error to report (classified error status, or a malformed body).
ApiError successObject(const HttpResponse& response, QJsonObject& object, QString& serverMessage)
{
    const ResponseParser::Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    if (ApiError error = ResponseParser::classify(response)) {
        return error;
    }
    if (!envelope.isJson) {
        return malformed(response, envelope.parseError);
    }
    if (!envelope.result.isObject()) {
        return malformed(response, u"result is not an object"_s);
    }
    object = envelope.result.toObject();
    return {};
}

// The object at `key` of a success envelope's result: `{"result": {"<key>": {…}}}`.
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

// One roster entry: ["item", {attributes}] as the contract shows, or the attribute object itself.
bool parseRosterItem(const QJsonValue& value, RosterItem& item)
{
    QJsonObject attributes;
    if (value.isArray()) {
        for (const QJsonValue& part : value.toArray()) {
            if (part.isObject()) {
                attributes = part.toObject();
                break;
            }
        }
    } else if (value.isObject()) {
        attributes = value.toObject();
    } else {
        return false;
    }
    item.jid = asText(attributes.value("jid"_L1));
    if (item.jid.isEmpty()) {
        return false;
    }
    item.name = asText(attributes.value("name"_L1));
    item.subscription = asText(attributes.value("subscription"_L1));
    item.ask = asText(attributes.value("ask"_L1));
    const QJsonValue groups
        = attributes.value("group"_L1).isUndefined() ? attributes.value("groups"_L1) : attributes.value("group"_L1);
    if (groups.isString()) {
        item.groups = QStringList{groups.toString()};
        return true;
    }
    if (groups.isObject() && !groups.toObject().isEmpty()) {
        // A set keyed by group name.
        item.groups = groups.toObject().keys();
        return true;
    }
    return asStringList(groups, item.groups);
}

bool parseGroupInfo(const QJsonValue& value, GroupInfo& group)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    group.id = asText(object.value("id"_L1));
    if (group.id.isEmpty()) {
        return false;
    }
    group.name = asText(object.value("name"_L1));
    if (object.contains("members"_L1)) {
        // A member as a JID, or as an object with one.
        auto parseMember = [](const QJsonValue& member, QString& jid) {
            jid = member.isObject() ? asText(member.toObject().value("jid"_L1)) : asText(member);
            return !jid.isEmpty();
        };
        if (readList(object.value("members"_L1), group.members, parseMember) != ListRead::Read) {
            return false;
        }
        group.memberCount = int(group.members.size());
    }
    int count = -1;
    if (object.contains("count"_L1) && asInt(object.value("count"_L1), count)) {
        group.memberCount = count;
    }
    return true;
}

// The list at `path` of an answer (see readList): "<path> is not a list" when it is none, entryError
// for an entry parseOne cannot read.
template <typename T, typename ParseOne>
ApiError parseList(const HttpResponse& response, const QJsonValue& list, const QString& path, ParseOne parseOne,
    const QString& entryError, QList<T>& value)
{
    switch (readList(list, value, parseOne)) {
    case ListRead::NotAList:
        return malformed(response, u"%1 is not a list"_s.arg(path));
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
    return parseList(response, result.value(key), u"result."_s + key, parseOne, entryError, value);
}

// The list of strings at `key` of a success envelope's result; `entries` says what the strings are.
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

// Where a page of our paged listings stands: "offset" (0 when absent) and "total" (the end of
// this page when absent).
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

} // namespace

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

ApiError ResponseParser::parseUser(const HttpResponse& response, UserInfo& value, QString& serverMessage)
{
    QJsonObject object;
    if (ApiError error = successMemberObject(response, "user"_L1, object, serverMessage)) {
        return error;
    }
    value.connected = object.value("connected"_L1).toBool(false);
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

ApiError ResponseParser::parseRoster(const HttpResponse& response, QList<RosterItem>& value, QString& serverMessage)
{
    return parseResultList(response, "roster"_L1, parseRosterItem, u"a roster item has no jid"_s, value, serverMessage);
}

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
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    if (ApiError error = classify(response)) {
        return error;
    }
    if (!envelope.isJson) {
        return malformed(response, envelope.parseError);
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

ApiError ResponseParser::parseModules(const HttpResponse& response, QStringList& value, QString& serverMessage)
{
    return parseResultStrings(response, "modules"_L1, "names"_L1, value, serverMessage);
}

ApiError ResponseParser::parseModule(const HttpResponse& response, ModuleState& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    serverMessage = envelope.message;
    // Not loaded is 404 {"module":…,"loaded":false}.
    const bool answered
        = envelope.isJson && envelope.result.isObject() && envelope.result.toObject().value("loaded"_L1).isBool();
    if (!(response.status == 404 && answered)) {
        if (ApiError error = classify(response)) {
            return error;
        }
        if (!envelope.isJson) {
            return malformed(response, envelope.parseError);
        }
        if (!answered) {
            return malformed(response, u"result.loaded is not a boolean"_s);
        }
    }
    const QJsonObject object = envelope.result.toObject();
    value.name = asText(object.value("module"_L1));
    value.loaded = object.value("loaded"_L1).toBool();
    return {};
}

ApiError ResponseParser::parseUnloadModule(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    if (response.status == 404 && envelope.message.startsWith("Module is not loaded"_L1)) {
        serverMessage = envelope.message;
        value = envelope.message;
        return {};
    }
    return parseMessage(response, value, serverMessage);
}

ApiError ResponseParser::parseWhitelist(const HttpResponse& response, QStringList& value, QString& serverMessage)
{
    return parseResultStrings(response, "whitelist"_L1, "addresses"_L1, value, serverMessage);
}

ApiError ResponseParser::parseVcard(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const QByteArray type = mediaType(response.contentType);
    const bool json = type == "application/json" || (type.isEmpty() && response.body.trimmed().startsWith('{'));
    if (!isSuccess(response.status) || json) {
        const Envelope envelope = ResponseParser::envelope(response);
        serverMessage = envelope.message;
        if (ApiError error = classify(response)) {
            return error;
        }
        if (!envelope.isJson) {
            return malformed(response, envelope.parseError);
        }
        if (envelope.result.isString()) {
            value = envelope.message;
            serverMessage.clear();
            return {};
        }
        if (envelope.result.isObject() && envelope.result.toObject().value("vcard"_L1).isString()) {
            value = envelope.result.toObject().value("vcard"_L1).toString();
            return {};
        }
        return malformed(response, u"result is not a vCard"_s);
    }
    // text/vcard: the body is the vCard itself.
    value = QString::fromUtf8(response.body);
    return {};
}

ApiError ResponseParser::parseCreateGroup(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const Envelope envelope = ResponseParser::envelope(response);
    if (isSuccess(response.status) && envelope.isJson && envelope.result.isObject()) {
        serverMessage.clear();
        value = asText(envelope.result.toObject().value("group_id"_L1));
        return {};
    }
    QString message;
    if (ApiError error = parseMessage(response, message, serverMessage)) {
        return error;
    }
    value.clear(); // the caller falls back to the id it asked for
    return {};
}

ApiError ResponseParser::parseGroups(const HttpResponse& response, QList<GroupInfo>& value, QString& serverMessage)
{
    return parseResultList(response, "groups"_L1, parseGroupInfo, u"a group has no id"_s, value, serverMessage);
}

ApiError ResponseParser::parseGroup(const HttpResponse& response, GroupInfo& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    GroupInfo group;
    if (!parseGroupInfo(result.value("group"_L1), group)) {
        return malformed(response, u"result.group is not a group"_s);
    }
    value = group;
    return {};
}

ApiError ResponseParser::parseServerInfo(const HttpResponse& response, ServerInfo& value, QString& serverMessage)
{
    QJsonObject info;
    if (ApiError error = successMemberObject(response, "info"_L1, info, serverMessage)) {
        return error;
    }
    ServerInfo parsed;
    parsed.server = asText(info.value("server"_L1));
    parsed.prosodyVersion = asText(info.value("prosody_version"_L1));
    parsed.module = asText(info.value("module"_L1));
    parsed.moduleVersion = asText(info.value("module_version"_L1));
    qint64 number = 0;
    if (asWholeNumber(info.value("uptime"_L1), number)) {
        parsed.uptimeSeconds = number;
    }
    // The process's resident size where the server reports it (ours), else its heap.
    if (asWholeNumber(info.value("rss"_L1), number) || asWholeNumber(info.value("memory"_L1), number)) {
        parsed.memoryBytes = number;
    }
    const QJsonValue modules = info.value("modules"_L1);
    if (modules.isArray()) {
        parsed.moduleCount = int(modules.toArray().size());
    } else if (modules.isObject()) {
        parsed.moduleCount = int(modules.toObject().size());
    } else {
        int count = -1;
        if (asInt(modules, count)) {
            parsed.moduleCount = count;
        }
    }
    if (!asStringList(info.value("hosts"_L1), parsed.hosts)) {
        return malformed(response, u"result.info.hosts is not a list of names"_s);
    }
    if (!asStringList(info.value("extensions"_L1), parsed.extensions)) {
        return malformed(response, u"result.info.extensions is not a list of names"_s);
    }
    // Older versions of our module do not list roles.
    if (info.contains("roles"_L1) && !asStringList(info.value("roles"_L1), parsed.roles)) {
        return malformed(response, u"result.info.roles is not a list of names"_s);
    }
    value = parsed;
    return {};
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

ApiError ResponseParser::parseLastActivity(
    const HttpResponse& response, LastActivityPage& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    auto time = [](const QJsonValue& v) {
        qint64 seconds = 0;
        return asInteger(v, seconds) ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
    };
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
        parsed.users.append({jid, user.value("online"_L1).toBool(), time(user.value("last_activity"_L1))});
    }
    if (ApiError error = pagePosition(response, result, int(parsed.users.size()), parsed.offset, parsed.total)) {
        return error;
    }
    parsed.since = time(result.value("since"_L1));
    value = parsed;
    return {};
}
