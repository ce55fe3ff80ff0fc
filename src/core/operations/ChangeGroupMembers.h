// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Adds users to a group (PUT /groups/<id>/members/<u>) or removes them from it
// (DELETE /groups/<id>/members/<u>), one call per user. The server adds or removes the group's
// roster entries of each member with that call.
class ChangeGroupMembers : public Operation
{
    Q_OBJECT
public:
    enum class Change { Add, Remove };
    Q_ENUM(Change)

    // users are the local parts (or bare JIDs of the session's host) the group's member list holds.
    ChangeGroupMembers(ServerSession* session, const QString& groupId, Change change, const QStringList& users,
        QObject* parent = nullptr);

    QString groupId() const { return m_groupId; }
    Change change() const { return m_change; }

private:
    QString m_groupId;
    Change m_change;
};
