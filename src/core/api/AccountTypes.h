// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The account lifecycle of our module (server/README.md, "Accounts"): disabled accounts,
// invitations and deletion with a grace period. Times are UTC; an invalid QDateTime is unknown.

// PATCH /user/<u>/enabled: the account after the change.
struct AccountState
{
    QString jid;
    bool enabled = true;
    QString reason; // why it was disabled (the operator's text); empty when enabled or none given
    QString disabledBy; // the administrator who disabled it
    QDateTime disabledAt;
    int sessionsClosed = 0;
};

// POST /invites: what the invitation allows. Empty or zero members are left to the server.
struct InvitationRequest
{
    QString username; // the account name the invitation proposes
    QString role; // one of the host's roles (Capabilities::availableRoles)
    QStringList groups; // group ids of the host the account joins
    int expiresInSeconds = 0; // 0: the server's default (a week)
    bool reusable = false; // any number of accounts until it expires; no username then
    QString host; // a VirtualHost the caller administers; empty: the one that answers
};

struct Invitation
{
    enum class Kind { Account, Reset, Contact };

    QString token;
    Kind kind = Kind::Account;
    QString jid; // the account it is for, or the host for one that names no account
    QString username; // empty when it names no account
    QString uri; // xmpp:…?register;preauth=<token>
    QString landingPage; // where the server serves one; else empty
    QDateTime created;
    QDateTime expires;
    bool expired = false;
    bool reusable = false;
    QString creator; // empty when unknown
    QString role; // empty when none
    QStringList groups;
};

// GET /pending-deletions: an account deleted but still restorable.
struct PendingDeletion
{
    QString jid;
    QDateTime deletedAt;
    QDateTime pendingUntil; // deleted for good after this
};

// DELETE /user/<u>[?immediate=true] where the server may keep the account restorable.
struct AccountDeletion
{
    enum class Outcome {
        Deleted, // gone for good
        Scheduled, // 202: disabled and restorable until the server's grace period ends
        DidNotExist,
    };
    Outcome outcome = Outcome::Deleted;
    QString message; // the server's sentence (for Scheduled it names the time it stays restorable)
};

Q_DECLARE_METATYPE(AccountState)
Q_DECLARE_METATYPE(Invitation)
Q_DECLARE_METATYPE(PendingDeletion)
Q_DECLARE_METATYPE(AccountDeletion)
