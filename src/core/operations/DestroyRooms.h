// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "operations/Operation.h"

#include <QDateTime>

// DELETE /rooms/<room> for each room, with the reason (and alternative venue) the occupants are
// sent. A cleanup first takes its preview from idleRooms() and then destroys exactly that list:
// a room that became busy after the preview is still destroyed only if it was listed, never one
// that was not.
class DestroyRooms : public Operation
{
    Q_OBJECT
public:
    DestroyRooms(ServerSession* session, const QStringList& roomJids, const QString& reason = {},
        const QString& alternate = {}, QObject* parent = nullptr);

    // The rooms empty now and without a message (or, without one, not created) in the `days` days
    // before `now`, in the order given: what a cleanup proposes.
    static QStringList idleRooms(const QList<RoomInfo>& rooms, int days, const QDateTime& now);
};
