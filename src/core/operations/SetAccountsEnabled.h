// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// PATCH /user/<u>/enabled for each account, one after the other: disables them (with the operator's
// reason, which the server keeps) or enables them again. The change is idempotent, so retryFailed()
// may resend to the failed ones. sessionsClosed() adds up how many sessions the server closed.
class SetAccountsEnabled : public Operation
{
    Q_OBJECT
public:
    // jids are bare JIDs (of the session's host, or a local part); reason only counts when disabling.
    SetAccountsEnabled(ServerSession* session, const QStringList& jids, bool enabled, const QString& reason = {},
        QObject* parent = nullptr);

    bool enabling() const { return m_enabled; }
    // Sessions the server closed for the accounts disabled so far.
    int sessionsClosed() const;

private:
    bool m_enabled = true;
    QList<int> m_closed; // per item, from its last successful reply
};
