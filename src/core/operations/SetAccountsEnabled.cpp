// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SetAccountsEnabled.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

SetAccountsEnabled::SetAccountsEnabled(
    ServerSession* session, const QStringList& jids, bool enabled, const QString& reason, QObject* parent)
    : Operation(session, parent)
    , m_enabled(enabled)
{
    setConcurrency(1);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const int index = int(m_closed.size());
        m_closed.append(0);
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid, {step([this, index, path, enabled, reason](AdminRestClient* c) -> ApiReply* {
            TypedReply<AccountState>* reply = c->setAccountEnabled(path, enabled, reason);
            // Recorded before the job announces the item's outcome (connected first).
            auto record = [this, index, reply] {
                if (reply->ok())
                    m_closed[index] = reply->value().sessionsClosed;
            };
            if (reply->isFinished())
                record();
            else
                connect(reply, &ApiReply::finished, this, record);
            return reply;
        })});
    }
}

int SetAccountsEnabled::sessionsClosed() const
{
    int total = 0;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded)
            total += m_closed.at(i);
    }
    return total;
}
