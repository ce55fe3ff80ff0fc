// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/AdminRestClient.h"

#include "api/AdminRestClientCall.h"
#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Asking in bulk: POST /batch/<operation> {"users": [...]}, every item parsed by its own route's parser.

template <typename T>
TypedReply<QList<BatchItem<T>>>* AdminRestClient::batch(const QString& operation, const QJsonArray& items,
    std::function<ApiError(const HttpResponse&, T&, QString&)> parseItem, bool changesNothing, const QByteArray& query)
{
    ApiRequest request{"POST", {u"batch"_s, operation}, query, RouteBody::json(QJsonObject{{u"users"_s, items}}),
        RouteBody::kJson.toByteArray()};
    // The reads change nothing: a read-only profile sends them, and a refused token renews and resends them.
    request.changesNothing = changesNothing;
    const ApiError empty = items.isEmpty() ? ApiError::invalidInput(tr("the batch has no users")) : ApiError{};
    // Each item's error names the account and server as the error of its own call would.
    return call<QList<BatchItem<T>>>(
        request,
        [parseItem = std::move(parseItem), account = m_settings.jid.trimmed(), server = serverName()](
            const HttpResponse& response, QList<BatchItem<T>>& value, QString& serverMessage) {
            const ApiError error = ResponseParser::parseBatch<T>(response, value, serverMessage, parseItem);
            for (BatchItem<T>& item : value) {
                if (item.error.isError()) {
                    item.error.account = account;
                    item.error.server = server;
                }
            }
            if constexpr (std::is_same_v<T, UserInfo>) {
                for (BatchItem<UserInfo>& item : value) {
                    item.value.user = item.user; // as asked for, like user()
                }
            }
            return error;
        },
        empty);
}

namespace {

QJsonArray names(const QStringList& users)
{
    QJsonArray items;
    for (const QString& user : users) {
        items.append(user);
    }
    return items;
}

} // namespace

TypedReply<QList<BatchItem<CreateUserResult>>>* AdminRestClient::createUsers(const QList<NewUser>& users)
{
    QJsonArray items;
    for (const NewUser& user : users) {
        QJsonObject item{{u"user"_s, user.user}, {u"password"_s, user.password}};
        if (!user.registrationIp.isEmpty()) {
            item.insert(u"regip"_s, user.registrationIp);
        }
        items.append(item);
    }
    return batch<CreateUserResult>(u"create-users"_s, items, &ResponseParser::parseCreateUser, false);
}

TypedReply<QList<BatchItem<AccountDeletion>>>* AdminRestClient::deleteUsers(const QStringList& users, bool immediately)
{
    return batch<AccountDeletion>(u"delete-users"_s, names(users), &ResponseParser::parseAccountDeletion, false,
        immediately ? QByteArray("immediate=true") : QByteArray());
}

TypedReply<QList<BatchItem<UserInfo>>>* AdminRestClient::userDetails(const QStringList& users)
{
    return batch<UserInfo>(
        u"users"_s, names(users),
        [](const HttpResponse& response, UserInfo& value, QString& serverMessage) {
            return ResponseParser::parseUser(response, value, serverMessage);
        },
        true);
}

TypedReply<QList<BatchItem<QList<RosterItem>>>>* AdminRestClient::rosters(const QStringList& users)
{
    return batch<QList<RosterItem>>(u"rosters"_s, names(users), &ResponseParser::parseRoster, true);
}

TypedReply<QList<BatchItem<UserActivity>>>* AdminRestClient::lastActivities(const QStringList& users)
{
    return batch<UserActivity>(u"last-activity"_s, names(users), &ResponseParser::parseUserActivity, true);
}
