// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/DestroyRooms.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

DestroyRooms::DestroyRooms(ServerSession* session, const QStringList& roomJids, const QString& reason,
    const QString& alternate, QObject* parent)
    : Operation(session, parent)
{
    for (const QString& room : roomJids) {
        addItem(room, {step([room, reason, alternate](AdminRestClient* c) -> ApiReply* {
            return c->destroyRoom(room, reason, alternate);
        })});
    }
}

QStringList DestroyRooms::idleRooms(const QList<RoomInfo>& rooms, int days, const QDateTime& now)
{
    const QDateTime before = now.addDays(-days);
    QStringList idle;
    for (const RoomInfo& room : rooms) {
        if (room.isIdleSince(before))
            idle.append(room.jid);
    }
    return idle;
}
