// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CloseS2sConnections.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

CloseS2sConnections::CloseS2sConnections(
    ServerSession* session, const QStringList& connectionIds, const QString& reason, QObject* parent)
    : Operation(session, parent)
{
    for (const QString& id : connectionIds) {
        addItem(
            id, {step([id, reason](AdminRestClient* c) -> ApiReply* { return c->closeS2sConnection(id, reason); })});
    }
}
