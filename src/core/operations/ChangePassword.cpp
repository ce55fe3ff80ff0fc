// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ChangePassword.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

ChangePassword::ChangePassword(ServerSession* session, const QString& jid, const QString& password, QObject* parent)
    : Operation(session, parent)
{
    const QString path = userPath(jid);
    addItem(jid, {step([path, password](AdminRestClient* c) { return c->changePassword(path, password); })});
}
