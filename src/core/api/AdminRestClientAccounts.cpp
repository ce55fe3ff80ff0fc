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

// Our module's account routes (server/README.md, "Accounts"); the client's other routes are in
// AdminRestClient.cpp.

namespace {

using RouteBody::json;
using RouteBody::kJson;

QByteArray hostQuery(const QString& host)
{
    return host.isEmpty() ? QByteArray() : "host=" + QUrl::toPercentEncoding(host);
}

ApiError expiryError(int seconds)
{
    return seconds < 0 ? ApiError::invalidInput(AdminRestClient::tr("the invitation's lifetime must not be negative"))
                       : ApiError{};
}

} // namespace

TypedReply<AccountState>* AdminRestClient::setAccountEnabled(const QString& user, bool enabled, const QString& reason)
{
    QJsonObject body{{u"enabled"_s, enabled}};
    if (!enabled && !reason.isEmpty()) {
        body.insert(u"reason"_s, reason);
    }
    return call<AccountState>({"PATCH", {u"user"_s, user, u"enabled"_s}, {}, json(body), kJson.toByteArray()},
        &ResponseParser::parseAccountState);
}

TypedReply<AccountDeletion>* AdminRestClient::deleteAccount(const QString& user, bool immediately)
{
    return call<AccountDeletion>(
        {"DELETE", {u"user"_s, user}, immediately ? QByteArray("immediate=true") : QByteArray(), {}, {}},
        &ResponseParser::parseAccountDeletion);
}

TypedReply<QList<PendingDeletion>>* AdminRestClient::pendingDeletions(const QString& host)
{
    return call<QList<PendingDeletion>>(
        {"GET", {u"pending-deletions"_s}, hostQuery(host), {}, {}}, &ResponseParser::parsePendingDeletions);
}

TypedReply<QString>* AdminRestClient::restoreAccount(const QString& user)
{
    return call<QString>(
        {"POST", {u"pending-deletions"_s, user, u"restore"_s}, {}, {}, {}}, &ResponseParser::parseMessage);
}

TypedReply<QList<Invitation>>* AdminRestClient::invitations(const QString& host)
{
    return call<QList<Invitation>>({"GET", {u"invites"_s}, hostQuery(host), {}, {}}, &ResponseParser::parseInvitations);
}

TypedReply<Invitation>* AdminRestClient::createInvitation(const InvitationRequest& request)
{
    QJsonObject body;
    if (!request.username.isEmpty())
        body.insert(u"username"_s, request.username);
    if (!request.role.isEmpty())
        body.insert(u"role"_s, request.role);
    if (!request.groups.isEmpty())
        body.insert(u"groups"_s, QJsonArray::fromStringList(request.groups));
    if (request.expiresInSeconds > 0)
        body.insert(u"expires_in"_s, request.expiresInSeconds);
    if (request.reusable)
        body.insert(u"reusable"_s, true);
    const ApiError invalid = request.reusable && !request.username.isEmpty()
        ? ApiError::invalidInput(tr("a reusable invitation cannot name a username"))
        : expiryError(request.expiresInSeconds);
    return call<Invitation>({"POST", {u"invites"_s}, hostQuery(request.host), json(body), kJson.toByteArray()},
        &ResponseParser::parseInvitation, invalid);
}

TypedReply<Invitation>* AdminRestClient::createResetInvitation(const QString& user, int expiresInSeconds)
{
    QJsonObject body;
    if (expiresInSeconds > 0)
        body.insert(u"expires_in"_s, expiresInSeconds);
    return call<Invitation>({"POST", {u"invites"_s, u"reset"_s, user}, {}, json(body), kJson.toByteArray()},
        &ResponseParser::parseInvitation, expiryError(expiresInSeconds));
}

TypedReply<QString>* AdminRestClient::revokeInvitation(const QString& token, const QString& host)
{
    return call<QString>({"DELETE", {u"invites"_s, token}, hostQuery(host), {}, {}}, &ResponseParser::parseMessage);
}
