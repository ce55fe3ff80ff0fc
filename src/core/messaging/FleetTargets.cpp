// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/FleetTargets.h"

#include "api/AdminRestClient.h"

FleetTargets::Result FleetTargets::create(const QList<Profile>& profiles, const QList<QString>& passwords)
{
    Result result;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile& profile = profiles.at(i);
        const QString password = passwords.value(i);
        if (password.isEmpty()) {
            result.noPassword << profile.name;
            continue;
        }
        result.targets.append({profile.name, new AdminRestClient(profile.connectionSettings(password))});
    }
    return result;
}
