// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"
#include "operations/Operation.h"

// POST /rooms/<room> with the room's basic settings: one item, the room's address as its label.
class CreateRoom : public Operation
{
    Q_OBJECT
public:
    CreateRoom(ServerSession* session, const QString& roomJid, const RoomSettings& settings, QObject* parent = nullptr);

    bool succeeded() const { return count(Status::Succeeded) == 1; }
};
