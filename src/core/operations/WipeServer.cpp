// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/WipeServer.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

WipeServer::WipeServer(ServerSession* session, Target target, QObject* parent)
    : Operation(session, parent)
{
    const bool data = target == Target::Data;
    addItem(data ? QStringLiteral("data") : QStringLiteral("certs"),
        {step([data](AdminRestClient* c) { return data ? c->wipeData() : c->wipeCertificates(); })});
}
