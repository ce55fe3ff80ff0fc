// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

#include <QList>

// Disconnects sessions: DELETE /sessions/<user>/<resource> for each, with the reason the server
// sends the client. A session that ended meanwhile (404) counts as closed: that is what was wanted.
class KickSessions : public Operation
{
    Q_OBJECT
public:
    // sessions are "user/resource" (user a bare JID or a local part of the session's host).
    KickSessions(
        ServerSession* session, const QStringList& sessions, const QString& reason = {}, QObject* parent = nullptr);

    // The sessions the server reported closed (a 404 closed none).
    int closed() const;
    // The sessions that could not be closed (not those that had ended), and the last one's error.
    QStringList failed() const;
    ApiError lastError() const;

private:
    bool endedMeanwhile(int index) const;

    QList<int> m_closed; // per item, the server's count
};
