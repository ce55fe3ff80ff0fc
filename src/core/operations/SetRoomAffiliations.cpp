// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SetRoomAffiliations.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

SetRoomAffiliations::SetRoomAffiliations(ServerSession* session, const QString& roomJid, const QList<Change>& changes,
    const QString& reason, QObject* parent)
    : Operation(session, parent)
    , m_roomJid(roomJid)
{
    for (const Change& change : changes) {
        const QString jid = change.first;
        const QString affiliation = change.second;
        addItem(jid, {step([roomJid, jid, affiliation, reason](AdminRestClient* c) -> ApiReply* {
            return c->setRoomAffiliation(roomJid, jid, affiliation, reason);
        })});
    }
}
