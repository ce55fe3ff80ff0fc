// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/AddUser.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

AddUser::AddUser(
    ServerSession* session, const QString& jid, const QString& password, const QString& registrationIp, QObject* parent)
    : Operation(session, parent)
{
    const QString path = userPath(jid);
    addItem(jid,
        {valueStep([path, password, registrationIp](
                       AdminRestClient* c) { return c->createUser(path, password, registrationIp); },
            [this](CreateUserResult result) { m_result = result; })});
}
