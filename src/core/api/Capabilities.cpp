// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/Capabilities.h"

#include <QCoreApplication>

QString Capabilities::flavorName() const
{
    switch (flavor) {
    case Flavor::Unknown:
        return QCoreApplication::translate("Capabilities", "unknown");
    case Flavor::Classic:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest (classic, Prosody 0.9–0.12)");
    case Flavor::Current:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest (current, Prosody 13)");
    case Flavor::Ours:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest with this console's extensions");
    }
    return {};
}

QStringList Capabilities::builtInRoles(const QString& prosodySeries)
{
    if (prosodySeries == QLatin1String("13")) {
        return {QStringLiteral("prosody:operator"), QStringLiteral("prosody:admin"), QStringLiteral("prosody:member"),
            QStringLiteral("prosody:registered"), QStringLiteral("prosody:guest")};
    }
    return {QStringLiteral("prosody:admin"), QStringLiteral("prosody:user")};
}

QString Capabilities::seriesOf(const QString& prosodyVersion)
{
    const QString major = prosodyVersion.section(QLatin1Char('.'), 0, 0);
    bool ok = false;
    const int number = major.toInt(&ok);
    if (!ok)
        return {};
    return number >= 13 ? QStringLiteral("13") : QStringLiteral("0.12");
}

QString Capabilities::crossHostWarning() const
{
    if (!actsAcrossHosts())
        return {};
    return QCoreApplication::translate("Capabilities",
        "This server runs the published mod_admin_rest: where it serves several hosts, any host's administrator can "
        "act on every host there (read, change and delete its users). This console's module keeps each "
        "administrator to the hosts they administer.");
}
