// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/AddRosterContact.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

AddRosterContact::AddRosterContact(
    ServerSession* session, const QString& ownerPath, const QString& contact, QObject* parent)
    : Operation(session, parent)
{
    addItem(
        contact, {step([ownerPath, contact](AdminRestClient* c) { return c->addRosterContact(ownerPath, contact); })});
}
