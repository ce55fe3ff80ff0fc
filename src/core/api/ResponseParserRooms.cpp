// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// Our rooms, federation and certificates extensions.

namespace {

bool parseRoomInfo(const QJsonValue& entry, RoomInfo& room)
{
    const QJsonObject object = entry.toObject();
    room.jid = asText(object.value("jid"_L1));
    if (room.jid.isEmpty()) {
        return false;
    }
    room.service = asText(object.value("component"_L1));
    room.name = asText(object.value("name"_L1));
    room.description = asText(object.value("description"_L1));
    room.persistent = object.value("persistent"_L1).toBool();
    room.isPublic = object.value("public"_L1).toBool();
    room.membersOnly = object.value("members_only"_L1).toBool();
    room.moderated = object.value("moderated"_L1).toBool();
    room.passwordProtected = object.value("password_protected"_L1).toBool();
    if (!asInt(object.value("occupants"_L1), room.occupants)) {
        room.occupants = 0;
    }
    room.lastMessage = asUnixTime(object.value("last_message"_L1));
    room.lastMessageSource = asText(object.value("last_message_source"_L1));
    room.created = asUnixTime(object.value("created"_L1));
    return true;
}

bool parseOccupant(const QJsonValue& entry, RoomOccupant& occupant)
{
    const QJsonObject object = entry.toObject();
    occupant = {asText(object.value("nick"_L1)), asText(object.value("jid"_L1)), asText(object.value("role"_L1)),
        asText(object.value("affiliation"_L1))};
    return !occupant.nick.isEmpty();
}

bool parseAffiliation(const QJsonValue& entry, RoomAffiliation& affiliation)
{
    const QJsonObject object = entry.toObject();
    affiliation = {asText(object.value("jid"_L1)), asText(object.value("affiliation"_L1))};
    return !affiliation.jid.isEmpty() && !affiliation.affiliation.isEmpty();
}

bool parseConnection(const QJsonValue& entry, S2sConnection& connection)
{
    const QJsonObject object = entry.toObject();
    connection.id = asText(object.value("id"_L1));
    const QString direction = asText(object.value("direction"_L1));
    if (connection.id.isEmpty() || (direction != "incoming"_L1 && direction != "outgoing"_L1)) {
        return false;
    }
    connection.incoming = direction == "incoming"_L1;
    connection.localHost = asText(object.value("local"_L1));
    connection.remoteHost = asText(object.value("remote"_L1));
    connection.authenticated = object.value("authenticated"_L1).toBool();
    connection.secure = object.value("secure"_L1).toBool();
    connection.auth = asText(object.value("auth"_L1));
    connection.certificateChain = asText(object.value("certificate"_L1).toObject().value("chain"_L1));
    connection.ip = asText(object.value("ip"_L1));
    connection.since = asUnixTime(object.value("since"_L1));
    return true;
}

bool parseCertificate(const QJsonValue& entry, CertificateInfo& certificate)
{
    const QJsonObject object = entry.toObject();
    certificate.host = asText(object.value("host"_L1));
    certificate.service = asText(object.value("service"_L1));
    if (certificate.host.isEmpty() || certificate.service.isEmpty()) {
        return false;
    }
    certificate.file = asText(object.value("file"_L1));
    certificate.error = asText(object.value("error"_L1));
    if (!certificate.error.isEmpty()) {
        return true;
    }
    certificate.subject = asText(object.value("subject"_L1));
    certificate.commonName = asText(object.value("common_name"_L1));
    certificate.issuer = asText(object.value("issuer"_L1));
    certificate.selfSigned = object.value("self_signed"_L1).toBool();
    if (!asStringList(object.value("names"_L1), certificate.names)) {
        return false;
    }
    certificate.notBefore = asUnixTime(object.value("not_before"_L1));
    certificate.notAfter = asUnixTime(object.value("not_after"_L1));
    if (!certificate.notAfter.isValid() || !asInt(object.value("days_left"_L1), certificate.daysLeft)) {
        return false;
    }
    certificate.expired = object.value("expired"_L1).toBool();
    certificate.notYetValid = object.value("not_yet_valid"_L1).toBool();
    certificate.matchesHost = object.value("matches_host"_L1).toBool();
    certificate.fingerprintSha256 = asText(object.value("fingerprint_sha256"_L1));
    return true;
}

} // namespace

ApiError ResponseParser::parseRooms(const HttpResponse& response, RoomPage& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    RoomPage parsed;
    if (ApiError error = parseList(response, result.value("rooms"_L1), u"result.rooms"_s, parseRoomInfo,
            u"a room has no jid"_s, parsed.rooms)) {
        return error;
    }
    if (ApiError error = pagePosition(response, result, int(parsed.rooms.size()), parsed.offset, parsed.total)) {
        return error;
    }
    value = parsed;
    return {};
}

ApiError ResponseParser::parseRoom(const HttpResponse& response, RoomDetails& value, QString& serverMessage)
{
    QJsonObject room;
    if (ApiError error = successMemberObject(response, "room"_L1, room, serverMessage)) {
        return error;
    }
    RoomDetails parsed;
    if (!parseRoomInfo(room, parsed.room)) {
        return malformed(response, u"result.room has no jid"_s);
    }
    if (ApiError error = parseList(response, room.value("occupant_list"_L1), u"result.room.occupant_list"_s,
            parseOccupant, u"an occupant has no nick"_s, parsed.occupants)) {
        return error;
    }
    if (ApiError error = parseList(response, room.value("affiliations"_L1), u"result.room.affiliations"_s,
            parseAffiliation, u"an affiliation has no jid or no affiliation"_s, parsed.affiliations)) {
        return error;
    }
    value = parsed;
    return {};
}

ApiError ResponseParser::parseDestroyRooms(
    const HttpResponse& response, RoomDestroyResult& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    RoomDestroyResult parsed;
    if (!asStringList(result.value("destroyed"_L1), parsed.destroyed)
        || !asStringList(result.value("missing"_L1), parsed.missing)) {
        return malformed(response, u"result.destroyed or result.missing is not a list of rooms"_s);
    }
    value = parsed;
    return {};
}

ApiError ResponseParser::parseS2sConnections(
    const HttpResponse& response, QList<S2sConnection>& value, QString& serverMessage)
{
    return parseResultList(
        response, "connections"_L1, parseConnection, u"a connection has no id or no direction"_s, value, serverMessage);
}

ApiError ResponseParser::parseCertificates(
    const HttpResponse& response, QList<CertificateInfo>& value, QString& serverMessage)
{
    return parseResultList(response, "certificates"_L1, parseCertificate,
        u"a certificate has no host, service, names or validity"_s, value, serverMessage);
}
