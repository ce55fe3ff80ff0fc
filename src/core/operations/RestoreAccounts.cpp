// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/RestoreAccounts.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

RestoreAccounts::RestoreAccounts(ServerSession* session, const QStringList& jids, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid, {step([path](AdminRestClient* c) -> ApiReply* { return c->restoreAccount(path); })});
    }
}
