// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messaging/BroadcastTarget.h"
#include "profiles/Profile.h"

#include <QList>
#include <QStringList>

// The servers of a fleet broadcast: one target per profile, each with a client of its own made
// from the profile and its password. The clients have no parent: hand the targets to a
// BroadcastJob and call its takeClients().
class FleetTargets
{
public:
    struct Result
    {
        QList<BroadcastTarget> targets;
        QStringList noPassword; // names of the profiles left out, as their password is empty
    };

    // `passwords` holds one password per profile (empty: none known, the profile is left out).
    static Result create(const QList<Profile>& profiles, const QList<QString>& passwords);
};
