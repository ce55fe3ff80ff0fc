// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class ProfileFleetModel;
class ProfilePasswords;
class ProfileProbe;
class ProfileStore;
class QSortFilterProxyModel;
class RequestScope;
namespace Ui {
class FleetOverviewDialog;
}

// Every profile's server in one table: reachable, version, capabilities, connected users. All
// servers are probed at once, on opening and on Refresh; passwords come from this session or the
// keychain, and a profile without one says so instead of asking. Non-modal: show() it.
class FleetOverviewDialog : public QDialog
{
    Q_OBJECT
public:
    FleetOverviewDialog(ProfileStore* store, ProfilePasswords* passwords, QWidget* parent = nullptr);
    ~FleetOverviewDialog() override;

    // The running sandbox, shown with the stored profiles (its password is in ProfilePasswords' session).
    void setSandboxProfile(const std::optional<Profile>& sandbox);
    ProfileFleetModel* model() const { return m_model; }
    bool isProbing() const { return m_pending > 0; }

    void refresh();
    // Opens the fleet broadcast to the selected profiles, or to every profile when none is selected.
    void broadcast();

signals:
    void refreshed();

private:
    QList<Profile> profiles() const;
    QList<Profile> selectedProfiles() const;
    void probe(const Profile& profile);
    void settle();
    void updateSummary();
    void showSelectedDetail();

    std::unique_ptr<Ui::FleetOverviewDialog> m_ui;
    QPointer<ProfileStore> m_store;
    QPointer<ProfilePasswords> m_passwords;
    ProfileFleetModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    std::optional<Profile> m_sandbox;
    QHash<QUuid, QPointer<ProfileProbe>> m_probes;
    // Answers of an older refresh are ignored.
    RequestScope* m_scope = nullptr;
    int m_pending = 0;
};
