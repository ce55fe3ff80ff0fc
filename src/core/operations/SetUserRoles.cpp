// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SetUserRoles.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

SetUserRoles::SetUserRoles(ServerSession* session, const QStringList& jids, const QString& role, QObject* parent)
    : Operation(session, parent)
    , m_role(role)
{
    // One at a time, as the dialog always sent them: a role change rewrites the user's account
    // store, and a refused role fails the same way for everyone, so nothing is gained in parallel.
    setConcurrency(1);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid, {step([path, role](AdminRestClient* c) -> ApiReply* { return c->setRole(path, role); })});
    }
}
