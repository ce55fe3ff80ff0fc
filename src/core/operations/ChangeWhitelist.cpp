// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ChangeWhitelist.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

ChangeWhitelist::ChangeWhitelist(ServerSession* session, Change change, const QStringList& addresses, QObject* parent)
    : Operation(session, parent)
    , m_change(change)
{
    setConcurrency(1);
    const bool add = change == Change::Add;
    for (const QString& address : addresses) {
        addItem(address, {step([add, address](AdminRestClient* c) {
            return add ? c->addToWhitelist(address) : c->removeFromWhitelist(address);
        })});
    }
    connect(this, &Operation::itemChanged, this, [this](int index) {
        if (outcome(index).status == Status::Failed)
            stopStarting();
    });
}
