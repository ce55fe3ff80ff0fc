// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/FleetBroadcast.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

#include <memory>

#include "messaging/BroadcastDialog.h"
#include "messaging/FleetTargets.h"
#include "profiles/ProfilePasswords.h"

namespace {
// What the lookups found, filled in as their answers arrive.
struct Collected
{
    QList<Profile> profiles;
    QList<QString> passwords; // per profile; empty: none known
    int pending = 0;
};
} // namespace

void FleetBroadcast::open(const QList<Profile>& profiles, ProfilePasswords* passwords, QWidget* parent,
    const std::function<void(BroadcastDialog*)>& opened)
{
    auto collected = std::make_shared<Collected>();
    for (const Profile& profile : profiles) {
        if (!profile.readOnly)
            collected->profiles << profile;
    }
    QStringList readOnly;
    for (const Profile& profile : profiles) {
        if (profile.readOnly)
            readOnly << profile.name;
    }
    collected->passwords.resize(collected->profiles.size());
    collected->pending = int(collected->profiles.size());
    QPointer<QWidget> guard(parent);

    auto finish = [collected, readOnly, guard, opened] {
        if (!guard)
            return;
        const FleetTargets::Result fleet = FleetTargets::create(collected->profiles, collected->passwords);
        const QList<BroadcastTarget>& targets = fleet.targets;
        const QStringList& noPassword = fleet.noPassword;
        auto* dialog = new BroadcastDialog(targets, guard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->job()->takeClients();
        QStringList notes;
        if (!noPassword.isEmpty())
            notes << FleetBroadcast::tr(
                "Left out, as no password is known for them in this session: %1. Connect to them once "
                "(or let the keychain remember their passwords) to include them.")
                         .arg(noPassword.join(QStringLiteral(", ")));
        if (!readOnly.isEmpty())
            notes << FleetBroadcast::tr("Left out, as their profiles are read-only: %1.")
                         .arg(readOnly.join(QStringLiteral(", ")));
        if (targets.isEmpty()) {
            notes << FleetBroadcast::tr("No server is left to broadcast to.");
            dialog->setReadOnly(FleetBroadcast::tr("No server is left to broadcast to."));
        }
        if (!notes.isEmpty())
            dialog->showNote(notes.join(QLatin1Char(' ')));
        dialog->open();
        if (opened)
            opened(dialog);
    };

    if (collected->pending == 0 || !passwords) {
        finish();
        return;
    }
    for (qsizetype i = 0; i < collected->profiles.size(); ++i) {
        passwords->lookup(
            collected->profiles.at(i), parent, [collected, i, finish](const ProfilePasswords::Lookup& lookup) {
                collected->passwords[i] = lookup.password;
                if (--collected->pending == 0)
                    finish();
            });
    }
}
