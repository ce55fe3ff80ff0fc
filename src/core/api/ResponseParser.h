// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ApiTypes.h"
#include "api/ServerResourceTypes.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

// Turns one HTTP answer of admin_rest into a typed value or an ApiError. Pure functions with no
// network and no state, tolerant exactly as shared/api/CONTRACT.md says (`{}` for empty lists,
// `result` as a string or an object, raw vCard bodies, the published versions' odd statuses).
// Every parse function has the shape of TypedReply<T>::Parser: it fills `value` and `serverMessage`
// (the server's `result` string, if it sent one) and returns ApiError{} on success.
class ResponseParser
{
public:
    // The body's `result` member, as far as the body is JSON of the contract's shape.
    struct Envelope
    {
        bool isJson = false; // the body parsed as a JSON object with a `result` member
        QJsonValue result; // string, object or anything else the server sent
        QString message; // result when it is a string
        QString parseError; // why the body is not an envelope (empty when it is)
    };
    static Envelope envelope(const HttpResponse& response);

    // The error for a status that is not a success of the route, from the status and the server's
    // message (401/400/404/405/409/500/501 … of the contract). ApiError{} for 2xx.
    static ApiError classify(const HttpResponse& response);

    static ApiError parseMessage(const HttpResponse& response, QString& value, QString& serverMessage);
    static ApiError parsePing(const HttpResponse& response, QString& value, QString& serverMessage);
    static ApiError parseUser(const HttpResponse& response, UserInfo& value, QString& serverMessage);
    static ApiError parseConnected(const HttpResponse& response, bool& value, QString& serverMessage);
    static ApiError parseCreateUser(const HttpResponse& response, CreateUserResult& value, QString& serverMessage);
    static ApiError parseDeleteUser(const HttpResponse& response, DeleteUserResult& value, QString& serverMessage);
    static ApiError parseConnectedSessions(
        const HttpResponse& response, QList<ConnectedSession>& value, QString& serverMessage);
    static ApiError parseCount(const HttpResponse& response, int& value, QString& serverMessage);
    static ApiError parseAllUsers(const HttpResponse& response, QList<RegisteredUser>& value, QString& serverMessage);
    static ApiError parseRegisteredUsers(
        const HttpResponse& response, RegisteredUserPage& value, QString& serverMessage);
    static ApiError parseRoster(const HttpResponse& response, QList<RosterItem>& value, QString& serverMessage);
    static ApiError parseMessageDelivery(const HttpResponse& response, MessageDelivery& value, QString& serverMessage);
    static ApiError parseMulticast(const HttpResponse& response, MulticastResult& value, QString& serverMessage);
    static ApiError parseModules(const HttpResponse& response, QStringList& value, QString& serverMessage);
    static ApiError parseModule(const HttpResponse& response, ModuleState& value, QString& serverMessage);
    // DELETE /module/<name>: 200 (ours) or 404 "Module is not loaded" both leave it unloaded.
    static ApiError parseUnloadModule(const HttpResponse& response, QString& value, QString& serverMessage);
    static ApiError parseWhitelist(const HttpResponse& response, QStringList& value, QString& serverMessage);
    static ApiError parseVcard(const HttpResponse& response, QString& value, QString& serverMessage);
    static ApiError parseCreateGroup(const HttpResponse& response, QString& value, QString& serverMessage);
    static ApiError parseGroups(const HttpResponse& response, QList<GroupInfo>& value, QString& serverMessage);
    static ApiError parseGroup(const HttpResponse& response, GroupInfo& value, QString& serverMessage);
    static ApiError parseServerInfo(const HttpResponse& response, ServerInfo& value, QString& serverMessage);
    // Our extensions: DELETE /sessions/… ({"closed": N}), POST /announce, GET /last-activity.
    static ApiError parseKick(const HttpResponse& response, int& value, QString& serverMessage);
    static ApiError parseAnnounce(const HttpResponse& response, AnnounceResult& value, QString& serverMessage);
    static ApiError parseLastActivity(const HttpResponse& response, LastActivityPage& value, QString& serverMessage);
    // Our account routes (ResponseParserAccounts.cpp).
    static ApiError parseAccountState(const HttpResponse& response, AccountState& value, QString& serverMessage);
    static ApiError parseInvitation(const HttpResponse& response, Invitation& value, QString& serverMessage);
    static ApiError parseInvitations(const HttpResponse& response, QList<Invitation>& value, QString& serverMessage);
    static ApiError parsePendingDeletions(
        const HttpResponse& response, QList<PendingDeletion>& value, QString& serverMessage);
    static ApiError parseAccountDeletion(const HttpResponse& response, AccountDeletion& value, QString& serverMessage);
    // Our rooms, federation and certificates extensions (ResponseParserRooms.cpp).
    static ApiError parseRooms(const HttpResponse& response, RoomPage& value, QString& serverMessage);
    static ApiError parseRoom(const HttpResponse& response, RoomDetails& value, QString& serverMessage);
    static ApiError parseDestroyRooms(const HttpResponse& response, RoomDestroyResult& value, QString& serverMessage);
    static ApiError parseS2sConnections(
        const HttpResponse& response, QList<S2sConnection>& value, QString& serverMessage);
    static ApiError parseCertificates(
        const HttpResponse& response, QList<CertificateInfo>& value, QString& serverMessage);

    // Our POST /token, and one item of POST /batch/last-activity ({"jid", "online", "last_activity"}).
    static ApiError parseAccessToken(const HttpResponse& response, AccessToken& value, QString& serverMessage);
    static ApiError parseUserActivity(const HttpResponse& response, UserActivity& value, QString& serverMessage);

    // One item of a batch's answer: the user as sent and the answer its route would have given.
    struct BatchAnswer
    {
        QString user;
        HttpResponse response;
    };
    // Our POST /batch/<operation>: {"results": [{"user", "status", "result"}], "count", "succeeded"}.
    static ApiError parseBatchAnswers(const HttpResponse& response, QList<BatchAnswer>& value, QString& serverMessage);
    // The batch's answer with every item parsed by `parseItem`, the parser of the item's own route.
    template <typename T>
    static ApiError parseBatch(const HttpResponse& response, QList<BatchItem<T>>& value, QString& serverMessage,
        const std::function<ApiError(const HttpResponse&, T&, QString&)>& parseItem)
    {
        QList<BatchAnswer> answers;
        if (ApiError error = parseBatchAnswers(response, answers, serverMessage)) {
            return error;
        }
        value.clear();
        value.reserve(answers.size());
        for (const BatchAnswer& answer : answers) {
            BatchItem<T> item;
            item.user = answer.user;
            item.status = answer.response.status;
            item.error = parseItem(answer.response, item.value, item.serverMessage);
            if (item.error.isError() && item.error.serverMessage.isEmpty()) {
                item.error.serverMessage = item.serverMessage;
            }
            value.append(std::move(item));
        }
        return {};
    }

    // "Message multicasted to users: S/D" → {S, D}; nullopt when the text has another form.
    static std::optional<MulticastResult> parseMulticastMessage(const QString& message);
    // The media type of a Content-Type header, lower-cased and without parameters.
    static QByteArray mediaType(const QByteArray& contentType);
};
