// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Result types of our module's rooms, federation and certificates extensions (server/README.md,
// "Rooms, federation and certificates"). Times the server does not know are invalid QDateTimes.

// One room of GET /rooms.
struct RoomInfo
{
    QString jid; // room@service
    QString service; // the MUC component
    QString name; // empty when the room has none
    QString description;
    bool persistent = false;
    bool isPublic = false;
    bool membersOnly = false;
    bool moderated = false;
    bool passwordProtected = false;
    int occupants = 0; // now
    QDateTime lastMessage;
    QString lastMessageSource; // "mam", "history", "admin_rest"; empty when unknown
    QDateTime created;

    // The room's last sign of life: its last message, else its creation; invalid when neither is known.
    QDateTime lastActivity() const { return lastMessage.isValid() ? lastMessage : created; }
    // Empty now, and no message (or creation) since `before`: what a cleanup proposes. A room whose
    // activity is unknown counts as idle.
    bool isIdleSince(const QDateTime& before) const
    {
        return occupants == 0 && (!lastActivity().isValid() || lastActivity() < before);
    }
};

// A page of GET /rooms (sorted by JID): the rooms from `offset` on, of `total`.
struct RoomPage
{
    QList<RoomInfo> rooms;
    int offset = 0;
    int total = 0;
};

struct RoomOccupant
{
    QString nick;
    QString jid; // the occupant's real JID
    QString role; // moderator, participant, visitor
    QString affiliation; // owner, admin, member, none
};

struct RoomAffiliation
{
    QString jid;
    QString affiliation; // owner, admin, member, outcast
};

// GET /rooms/<room>
struct RoomDetails
{
    RoomInfo room;
    QList<RoomOccupant> occupants;
    QList<RoomAffiliation> affiliations;
};

// POST /rooms/<room>: the basic settings of a new room.
struct RoomSettings
{
    QString name;
    QString description;
    QString password; // empty: none
    bool persistent = true;
    bool isPublic = true;
    bool membersOnly = false;
    bool moderated = false;
    QStringList owners; // bare JIDs
};

// DELETE /rooms: what was destroyed, and the rooms of the list that did not exist.
struct RoomDestroyResult
{
    QStringList destroyed;
    QStringList missing;
};

// One server-to-server connection of GET /s2s.
struct S2sConnection
{
    QString id;
    bool incoming = false;
    QString localHost;
    QString remoteHost; // empty for an incoming connection that has not said who it is
    bool authenticated = false;
    bool secure = false; // TLS
    QString auth; // "dialback", "certificate"; empty when not (yet) authenticated
    QString certificateChain; // "valid", "invalid"; empty when no certificate was checked
    QString ip;
    QDateTime since;
};

// One certificate of GET /certificates: a host's certificate for one service.
struct CertificateInfo
{
    QString host;
    QString service; // c2s, s2s, https
    QString file; // empty when the host has none
    QString error; // why there is no certificate to describe; empty when there is one
    QString subject;
    QString commonName;
    QString issuer;
    bool selfSigned = false;
    QStringList names; // "DNS:example.org", "IP:127.0.0.1", …
    QDateTime notBefore;
    QDateTime notAfter;
    int daysLeft = 0; // whole days toward zero, negative once expired
    bool expired = false;
    bool notYetValid = false;
    bool matchesHost = false;
    QString fingerprintSha256;

    // Needs attention: missing, unreadable, expired, not yet valid, for other names, or expiring
    // within `warningDays` days.
    bool needsWarning(int warningDays) const
    {
        return !error.isEmpty() || expired || notYetValid || !matchesHost || daysLeft < warningDays;
    }
};

Q_DECLARE_METATYPE(RoomInfo)
Q_DECLARE_METATYPE(S2sConnection)
Q_DECLARE_METATYPE(CertificateInfo)
