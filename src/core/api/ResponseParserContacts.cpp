// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// What users have: rosters, vCards, groups.

namespace {

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

} // namespace

ApiError ResponseParser::parseRoster(const HttpResponse& response, QList<RosterItem>& value, QString& serverMessage)
{
    return parseResultList(response, "roster"_L1, parseRosterItem, u"a roster item has no jid"_s, value, serverMessage);
}

ApiError ResponseParser::parseVcard(const HttpResponse& response, QString& value, QString& serverMessage)
{
    const QByteArray type = mediaType(response.contentType);
    const bool json = type == "application/json" || (type.isEmpty() && response.body.trimmed().startsWith('{'));
    if (!isSuccess(response.status) || json) {
        Envelope envelope;
        if (ApiError error = successEnvelope(response, envelope, serverMessage)) {
            return error;
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
