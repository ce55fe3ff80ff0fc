// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class BroadcastDialog;
class ProfilePasswords;
class QWidget;

// A broadcast to several servers at once: one BroadcastDialog target per profile, each with a client
// of its own. Passwords come from this session or the keychain, never from a prompt (a broadcast to
// a fleet is no moment for a series of password questions): profiles without a known password and
// read-only profiles are left out, and the dialog says which and why.
class FleetBroadcast
{
    Q_DECLARE_TR_FUNCTIONS(FleetBroadcast)

public:
    // Looks the passwords up (asynchronously), then opens the dialog, parented to `parent` and
    // deleted when closed; `opened` is called with it (not at all when parent is gone by then).
    static void open(const QList<Profile>& profiles, ProfilePasswords* passwords, QWidget* parent,
        const std::function<void(BroadcastDialog*)>& opened = {});
};
