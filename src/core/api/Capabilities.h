// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QMap>
#include <QMetaType>
#include <QString>

// What a server's admin_rest can do, as found by CapabilityProbe.
struct Capabilities
{
    enum class Flavor {
        Unknown,
        Classic, // Prosody 0.9–0.12 published module: README routes and ping
        Current, // Prosody 13 published module: all-users, vcards, roles, groups …
        Ours, // this project's module: current plus extensions
    };

    bool probed = false;
    ApiError error; // set when the server could not be used at all (unreachable, auth …)
    Flavor flavor = Flavor::Unknown;

    bool ping = false;
    bool allUsers = false; // GET /all-users answers with a usable body (asked only without registeredUsersPaged)
    bool registeredUsersPaged = false; // our GET /registered-users
    bool groups = false; // group management routes exist (GET /groups answers 405 or 200)
    bool groupListing = false; // our GET /groups and GET /groups/<id>
    bool multicast = false; // POST /message with recipients works (not 404 Invalid request path)
    bool vcards = false;
    bool roles = false;
    bool reload = false;
    bool wipes = false;
    bool serverInfo = false; // our GET /info
    QString prosodyVersion; // from /info, when available
    // "13" or "0.12": from /info's version, else from the answers themselves (Prosody 13's HTTP
    // server sends X-Request-Id, 0.12's does not). Decides the roles offered by published modules.
    QString prosodySeries;
    // The roles a user can be given on this server, highest first: as our module lists them, else
    // the built-in roles of the Prosody series. rolesListedByServer says which.
    QStringList availableRoles;
    bool rolesListedByServer = false;
    // Removing a roster contact removes the user from the contact's roster too (our module); the
    // published modules leave the contact an entry with subscription "none".
    bool rosterRemovalIsMutual = false;
    // Our module's extensions that /info lists by name.
    bool kick = false; // DELETE /sessions/<user>[/<resource>]
    bool announce = false; // POST /announce: every registered user, offline ones from their queue
    bool messageStyle = false; // "type" and "subject" on messages, multicast and broadcast
    bool lastActivity = false; // GET /last-activity
    // Our account lifecycle, where the host has what it needs (else unavailableFeatures says why).
    bool accountDisable = false; // PATCH /user/<u>/enabled
    bool invitations = false; // /invites (mod_invites)
    bool pendingDeletions = false; // deletion with a grace period, /pending-deletions (Prosody 13)
    // Our extensions the server lacks on this host, by /info name, with the server's reason.
    QMap<QString, QString> unavailableFeatures;
    bool rooms = false; // /rooms: the server hosts a MUC component
    bool federation = false; // /s2s: server-to-server connections
    bool certificates = false; // GET /certificates
    bool tokens = false; // POST|DELETE /token: the client signs in once (AdminRestClient::setTokenAuthentication)
    bool batch = false; // POST /batch/<operation>: many users in one request
    int batchMax = 0; // the most users a batch may hold (where batch)

    // True when the server can list registered users (all-users or our paged listing).
    bool canListRegisteredUsers() const { return allUsers || registeredUsersPaged; }
    QString flavorName() const;
    // The published current module acts on a user@host in a path whatever the host, after checking
    // only that the caller administers the host the request reached (CONTRACT.md, Dangers): on a
    // server with several hosts, every host's administrator is in effect an administrator of all.
    bool actsAcrossHosts() const { return flavor == Flavor::Current; }
    // The warning to show where actsAcrossHosts(), else empty.
    QString crossHostWarning() const;
    // The built-in roles of a Prosody series ("13" or "0.12"), highest first.
    static QStringList builtInRoles(const QString& prosodySeries);
    // "13" for 13.x and later, "0.12" for anything older; empty when the version is not known.
    static QString seriesOf(const QString& prosodyVersion);
};

Q_DECLARE_METATYPE(Capabilities)
