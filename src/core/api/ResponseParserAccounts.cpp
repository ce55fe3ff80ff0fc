// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ResponseParser.h"

#include "api/ResponseParserSupport.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ResponseParserSupport;

// Our account routes: PATCH /user/<u>/enabled, the invitations, the pending deletions.

namespace {

bool parseInvitationObject(const QJsonValue& entry, Invitation& invitation)
{
    const QJsonObject object = entry.toObject();
    invitation.token = asText(object.value("token"_L1));
    if (!entry.isObject() || invitation.token.isEmpty()) {
        return false;
    }
    const QString kind = asText(object.value("kind"_L1));
    invitation.kind = kind == "reset"_L1 ? Invitation::Kind::Reset
        : kind == "contact"_L1           ? Invitation::Kind::Contact
                                         : Invitation::Kind::Account;
    invitation.jid = asText(object.value("jid"_L1));
    invitation.username = asText(object.value("username"_L1));
    invitation.uri = asText(object.value("uri"_L1));
    invitation.landingPage = asText(object.value("landing_page"_L1));
    invitation.created = asUnixTime(object.value("created"_L1), QTimeZone::utc());
    invitation.expires = asUnixTime(object.value("expires"_L1), QTimeZone::utc());
    invitation.expired = object.value("expired"_L1).toBool();
    invitation.reusable = object.value("reusable"_L1).toBool();
    invitation.creator = asText(object.value("creator"_L1));
    invitation.role = asText(object.value("role"_L1));
    return !object.contains("groups"_L1) || asStringList(object.value("groups"_L1), invitation.groups);
}

bool parsePendingDeletionObject(const QJsonValue& entry, PendingDeletion& pending)
{
    const QJsonObject object = entry.toObject();
    pending.jid = asText(object.value("jid"_L1));
    pending.deletedAt = asUnixTime(object.value("deleted_at"_L1), QTimeZone::utc());
    pending.pendingUntil = asUnixTime(object.value("pending_until"_L1), QTimeZone::utc());
    return entry.isObject() && !pending.jid.isEmpty() && pending.pendingUntil.isValid();
}

} // namespace

ApiError ResponseParser::parseAccountState(const HttpResponse& response, AccountState& value, QString& serverMessage)
{
    QJsonObject account;
    if (ApiError error = successMemberObject(response, "account"_L1, account, serverMessage)) {
        return error;
    }
    AccountState parsed;
    parsed.jid = asText(account.value("jid"_L1));
    const QJsonValue enabled = account.value("enabled"_L1);
    if (parsed.jid.isEmpty() || !enabled.isBool()) {
        return malformed(response, u"result.account has no jid or no enabled state"_s);
    }
    parsed.enabled = enabled.toBool();
    const QJsonObject disabled = account.value("disabled"_L1).toObject();
    parsed.reason = asText(disabled.value("reason"_L1));
    parsed.disabledBy = asText(disabled.value("by"_L1));
    parsed.disabledAt = asUnixTime(disabled.value("when"_L1), QTimeZone::utc());
    asInt(account.value("closed"_L1), parsed.sessionsClosed);
    value = parsed;
    return {};
}

ApiError ResponseParser::parseInvitation(const HttpResponse& response, Invitation& value, QString& serverMessage)
{
    QJsonObject result;
    if (ApiError error = successObject(response, result, serverMessage)) {
        return error;
    }
    Invitation parsed;
    if (!parseInvitationObject(result.value("invite"_L1), parsed)) {
        return malformed(response, u"result.invite is not an invitation"_s);
    }
    // Our module says in a sentence what it made (for the import's outcome); older ones did not.
    serverMessage = result.value("message"_L1).toString();
    value = parsed;
    return {};
}

ApiError ResponseParser::parseInvitations(
    const HttpResponse& response, QList<Invitation>& value, QString& serverMessage)
{
    return parseResultList(response, "invites"_L1, parseInvitationObject,
        u"an invitation is not an object with a token"_s, value, serverMessage);
}

ApiError ResponseParser::parsePendingDeletions(
    const HttpResponse& response, QList<PendingDeletion>& value, QString& serverMessage)
{
    return parseResultList(response, "users"_L1, parsePendingDeletionObject,
        u"a pending deletion has no jid or no end"_s, value, serverMessage);
}

ApiError ResponseParser::parseAccountDeletion(
    const HttpResponse& response, AccountDeletion& value, QString& serverMessage)
{
    QString message;
    const ApiError error = parseMessage(response, message, serverMessage);
    // As parseDeleteUser: an account already gone is 404 (classic) or 200 with the same text.
    const bool gone = serverMessage.startsWith("User does not exist:"_L1);
    if (error && !(gone && response.status == 404)) {
        return error;
    }
    value.message = serverMessage;
    value.outcome = gone         ? AccountDeletion::Outcome::DidNotExist
        : response.status == 202 ? AccountDeletion::Outcome::Scheduled
                                 : AccountDeletion::Outcome::Deleted;
    return {};
}
