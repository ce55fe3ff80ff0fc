// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"

#include <QByteArray>
#include <QList>

// Invitations as CSV for a mail merge: "user,link,expires", one row per invitation (the account it
// is for, the landing page where the server serves one or else the xmpp: link, the expiry in
// ISO 8601 UTC). CsvWriter's rules: UTF-8 with a byte order mark, CRLF, formula cells neutralised.
class InvitationCsvExport
{
public:
    static QByteArray write(const QList<Invitation>& invitations);
};
