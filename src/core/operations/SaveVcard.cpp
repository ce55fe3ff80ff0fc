// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SaveVcard.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

SaveVcard::SaveVcard(ServerSession* session, const QString& jid, const QString& vcard, QObject* parent)
    : Operation(session, parent)
{
    const QString path = userPath(jid);
    addItem(jid, {step([path, vcard](AdminRestClient* c) { return c->setVcard(path, vcard); })});
}
