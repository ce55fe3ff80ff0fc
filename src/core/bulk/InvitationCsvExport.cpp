// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/InvitationCsvExport.h"

#include "bulk/CsvWriter.h"

QByteArray InvitationCsvExport::write(const QList<Invitation>& invitations)
{
    QByteArray csv = CsvWriter::byteOrderMark();
    csv += CsvWriter::row({QStringLiteral("user"), QStringLiteral("link"), QStringLiteral("expires")});
    for (const Invitation& invitation : invitations) {
        const QString link = invitation.landingPage.isEmpty() ? invitation.uri : invitation.landingPage;
        csv += CsvWriter::row({invitation.jid, link, invitation.expires.toUTC().toString(Qt::ISODate)});
    }
    return csv;
}
