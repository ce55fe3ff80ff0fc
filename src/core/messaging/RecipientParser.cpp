// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/RecipientParser.h"

#include "input/JidValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

RecipientParser::Result RecipientParser::parse(const QString& text, const QString& defaultDomain)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    Result result;
    QSet<QString> seen;
    const QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        QString candidate = entry;
        if (candidate.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
            candidate = candidate.mid(5);
        const JidValidator::Result checked = JidValidator::checkBareJid(candidate, defaultDomain);
        if (!checked.valid) {
            if (result.rejected.isEmpty()) {
                result.problem = defaultDomain.isEmpty() && !candidate.contains(QLatin1Char('@'))
                    ? QCoreApplication::translate(
                        "RecipientParser", "“%1”: connect to a server first, or enter a full JID.")
                          .arg(entry)
                    : QCoreApplication::translate("RecipientParser", "“%1”: %2").arg(entry, checked.message);
            }
            result.rejected << entry;
            continue;
        }
        if (seen.contains(checked.normalized)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(checked.normalized);
        result.jids << checked.normalized;
    }
    return result;
}

QString RecipientParser::addressFor(const QString& jid, const QString& domain)
{
    const qsizetype at = jid.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && !domain.isEmpty() && jid.mid(at + 1).compare(domain, Qt::CaseInsensitive) == 0)
        return jid.left(at);
    return jid;
}

QString RecipientParser::jidFor(const QString& address, const QString& domain)
{
    if (address.contains(QLatin1Char('@')) || domain.isEmpty())
        return address.toLower();
    return address.toLower() + QLatin1Char('@') + domain.toLower();
}
