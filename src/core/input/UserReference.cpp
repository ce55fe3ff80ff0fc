// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/UserReference.h"

QString UserReference::forPath(const QString& jid, const QString& moduleDomain)
{
    const qsizetype at = jid.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || moduleDomain.isEmpty())
        return jid;
    if (QStringView(jid).mid(at + 1).compare(moduleDomain, Qt::CaseInsensitive) != 0)
        return jid;
    return jid.left(at);
}
