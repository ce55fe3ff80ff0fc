// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CreateRoom.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

CreateRoom::CreateRoom(ServerSession* session, const QString& roomJid, const RoomSettings& settings, QObject* parent)
    : Operation(session, parent)
{
    addItem(roomJid,
        {step([roomJid, settings](AdminRestClient* c) -> ApiReply* { return c->createRoom(roomJid, settings); })});
}
