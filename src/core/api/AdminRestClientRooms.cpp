// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/AdminRestClient.h"

#include "api/AdminRestClientCall.h"
#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

// The routes of our rooms, federation and certificates extensions (server/README.md).

namespace {

using RouteBody::json;
using RouteBody::kJson;

// "name=value&…" of the non-empty values, percent-encoded
QByteArray query(std::initializer_list<std::pair<const char*, QString>> items)
{
    QByteArrayList parts;
    for (const auto& [name, value] : items) {
        if (!value.isEmpty())
            parts.append(QByteArray(name) + '=' + QUrl::toPercentEncoding(value));
    }
    return parts.join('&');
}

// {"reason", "alternate"} of the non-empty ones
QJsonObject reasonAndAlternate(const QString& reason, const QString& alternate)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    if (!alternate.isEmpty())
        body.insert(u"alternate"_s, alternate);
    return body;
}

ApiError roomJidError(const QString& roomJid)
{
    return roomJid.contains(u'@') ? ApiError{}
                                  : ApiError::invalidInput(AdminRestClient::tr("a room address is room@service"));
}

} // namespace

TypedReply<RoomPage>* AdminRestClient::rooms(int offset, int limit, const QString& host, const QString& occupant)
{
    return call<RoomPage>({"GET", {u"rooms"_s},
                              query({{"offset", QString::number(offset)}, {"limit", QString::number(limit)},
                                  {"host", host}, {"occupant", occupant}}),
                              {}, {}},
        &ResponseParser::parseRooms);
}

TypedReply<RoomDetails>* AdminRestClient::room(const QString& roomJid)
{
    return call<RoomDetails>(
        {"GET", {u"rooms"_s, roomJid}, {}, {}, {}}, &ResponseParser::parseRoom, roomJidError(roomJid));
}

TypedReply<QString>* AdminRestClient::createRoom(const QString& roomJid, const RoomSettings& settings)
{
    QJsonObject body{{u"persistent"_s, settings.persistent}, {u"public"_s, settings.isPublic},
        {u"members_only"_s, settings.membersOnly}, {u"moderated"_s, settings.moderated}};
    if (!settings.name.isEmpty())
        body.insert(u"name"_s, settings.name);
    if (!settings.description.isEmpty())
        body.insert(u"description"_s, settings.description);
    if (!settings.password.isEmpty())
        body.insert(u"password"_s, settings.password);
    if (!settings.owners.isEmpty())
        body.insert(u"owners"_s, QJsonArray::fromStringList(settings.owners));
    return call<QString>({"POST", {u"rooms"_s, roomJid}, {}, json(body), kJson.toByteArray()},
        &ResponseParser::parseMessage, roomJidError(roomJid));
}

TypedReply<QString>* AdminRestClient::setRoomAffiliation(
    const QString& roomJid, const QString& jid, const QString& affiliation, const QString& reason)
{
    QJsonObject body{{u"affiliation"_s, affiliation}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return call<QString>({"PUT", {u"rooms"_s, roomJid, u"affiliations"_s, jid}, {}, json(body), kJson.toByteArray()},
        &ResponseParser::parseMessage, roomJidError(roomJid));
}

TypedReply<QString>* AdminRestClient::destroyRoom(
    const QString& roomJid, const QString& reason, const QString& alternate)
{
    const QJsonObject body = reasonAndAlternate(reason, alternate);
    return call<QString>({"DELETE", {u"rooms"_s, roomJid}, {}, body.isEmpty() ? QByteArray() : json(body),
                             body.isEmpty() ? QByteArray() : kJson.toByteArray()},
        &ResponseParser::parseMessage, roomJidError(roomJid));
}

TypedReply<RoomDestroyResult>* AdminRestClient::destroyRooms(
    const QStringList& roomJids, const QString& reason, const QString& alternate)
{
    QJsonObject body = reasonAndAlternate(reason, alternate);
    body.insert(u"rooms"_s, QJsonArray::fromStringList(roomJids));
    ApiError invalid = roomJids.isEmpty() ? ApiError::invalidInput(tr("no rooms to destroy")) : ApiError{};
    for (const QString& roomJid : roomJids) {
        if (!invalid)
            invalid = roomJidError(roomJid);
    }
    return call<RoomDestroyResult>(
        {"DELETE", {u"rooms"_s}, {}, json(body), kJson.toByteArray()}, &ResponseParser::parseDestroyRooms, invalid);
}

TypedReply<QList<S2sConnection>>* AdminRestClient::s2sConnections(const QString& host)
{
    return call<QList<S2sConnection>>(
        {"GET", {u"s2s"_s}, query({{"host", host}}), {}, {}}, &ResponseParser::parseS2sConnections);
}

TypedReply<QString>* AdminRestClient::closeS2sConnection(const QString& id, const QString& reason)
{
    const QByteArray body = reason.isEmpty() ? QByteArray() : json(QJsonObject{{u"reason"_s, reason}});
    return call<QString>({"DELETE", {u"s2s"_s, id}, {}, body, body.isEmpty() ? QByteArray() : kJson.toByteArray()},
        &ResponseParser::parseMessage);
}

TypedReply<QList<CertificateInfo>>* AdminRestClient::certificates(const QString& host)
{
    return call<QList<CertificateInfo>>(
        {"GET", {u"certificates"_s}, query({{"host", host}}), {}, {}}, &ResponseParser::parseCertificates);
}
