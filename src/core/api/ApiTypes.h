// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Plain result types of the admin_rest API (see shared/api/CONTRACT.md).

struct Session
{
    QString resource;
    QString id;
    QString ip; // empty when the server does not report it
    int port = -1; // -1 when the server does not report it
    std::optional<bool> secure; // unset when the server does not report it
};

struct UserInfo
{
    QString user; // as asked for (localpart or bare JID)
    bool connected = false;
    QList<Session> sessions;
    // Our module: the account's state (unset where the server does not report it), why it was
    // disabled, and until when a deleted account stays restorable (invalid: not pending deletion).
    // (Default member initializers: aggregate initializations that name fewer members stay warning-free.)
    std::optional<bool> enabled = std::nullopt;
    QString disabledReason = {};
    QDateTime restorableUntil = {};
};

// One item of GET /users: one per connected session.
struct ConnectedSession
{
    QString username;
    QString resource;
};

struct RegisteredUser
{
    QString jid; // bare JID
    QString role; // role id, e.g. "prosody:admin"; empty when unknown
    QStringList secondaryRoles;
    // Our module, with registeredUsers(…, withEnabledState): unset where not reported.
    std::optional<bool> enabled = std::nullopt;
    QString disabledReason = {};
};

// A page of our GET /registered-users extension.
struct RegisteredUserPage
{
    QList<RegisteredUser> users;
    int offset = 0;
    int total = 0;
};

// POST /announce (ours): count = sent + queued + dropped + failed.
struct AnnounceResult
{
    int count = 0;
    int sent = 0; // to online users
    int queued = 0; // stored for offline users
    int dropped = 0; // offline users not reached: no offline storage, or a headline
    int failed = 0; // the offline store refused
};

// One user of GET /last-activity (ours).
struct UserActivity
{
    QString jid; // bare JID
    bool online = false;
    QDateTime lastActivity; // invalid: not seen since the server began recording (LastActivityPage::since)
};

struct LastActivityPage
{
    QList<UserActivity> users;
    int offset = 0;
    int total = 0;
    QDateTime since; // when the server began recording; invalid when unknown
};

struct RosterItem
{
    QString jid;
    QString name;
    QString subscription;
    QString ask;
    QStringList groups;
};

struct ModuleState
{
    QString name;
    bool loaded = false;
};

struct GroupInfo
{
    QString id;
    QString name;
    int memberCount = -1; // -1 when unknown
    QStringList members; // filled by GET /groups/<id>
};

// How a message is sent: its XMPP type and subject. Our module's extension; the published versions
// ignore both and send type "normal" without a subject. Default sends neither key.
struct MessageStyle
{
    enum class Type { Default, Chat, Normal, Headline };
    Type type = Type::Default;
    QString subject;

    bool isDefault() const { return type == Type::Default && subject.isEmpty(); }
    // "chat", "normal", "headline"; empty for Default.
    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Chat:
            return QStringLiteral("chat");
        case Type::Normal:
            return QStringLiteral("normal");
        case Type::Headline:
            return QStringLiteral("headline");
        case Type::Default:
            break;
        }
        return {};
    }
};

struct MulticastRecipient
{
    QString to; // localpart or bare JID
    QString message;
};

struct MulticastResult
{
    int sent = 0;
    int queued = 0;
};

enum class MessageDelivery {
    Delivered, // 200: sent to the user's online sessions
    Queued, // 202: stored for offline delivery
};

enum class CreateUserResult {
    Created, // 201
    PasswordUpdated, // 200: the user existed; the server overwrote the password
};

enum class DeleteUserResult {
    Deleted,
    DidNotExist,
};

// Our GET /info extension.
struct ServerInfo
{
    QString server;
    QString prosodyVersion;
    QString module;
    QString moduleVersion;
    qint64 uptimeSeconds = -1;
    qint64 memoryBytes = -1;
    int moduleCount = -1;
    QStringList hosts;
    QStringList extensions;
    QStringList roles; // the roles the host has, highest first (our module since Prosody 13 support)
    // Our extensions this host lacks, with the reason ("invitations" → "invitations need mod_invites …").
    QMap<QString, QString> unavailable;
    QString storageBackend; // where the host keeps its accounts: "internal" (files), "sql", … (ours); empty: unknown
    QString storageDriver; // the SQL database driver ("SQLite3", "PostgreSQL", "MySQL") when storageBackend is "sql"
    int tokenLifetimeSeconds = 0; // "tokens": how long a token lives; 0 when not reported
    int batchMax = 0; // "batch": the most users one batch may hold; 0 when not reported
};

// POST /token (ours): a bearer token for the admin who signed in with the password.
struct AccessToken
{
    QString token; // a secret: kept in memory only, never logged
    int lifetimeSeconds = 0;
    QDateTime expires;
    QString jid; // the admin it belongs to
};

// A user to create in a batch (POST /batch/create-users, ours).
struct NewUser
{
    QString user; // localpart or bare JID
    QString password;
    QString registrationIp; // optional
};

// One item's outcome in a batch (ours: POST /batch/<operation>): the status and result its own
// route would have answered, parsed as that route's answer.
template <typename T> struct BatchItem
{
    QString user; // as sent
    int status = 0;
    T value{}; // when ok()
    QString serverMessage; // the item's `result` string, if it was one
    ApiError error; // how the item failed, as its route's call would have
    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(UserInfo)
Q_DECLARE_METATYPE(RosterItem)
Q_DECLARE_METATYPE(GroupInfo)
