// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QPointer>
#include <QUuid>

class ProfileStore;
struct Profile;

// The main window's profile switcher: the built-in sandbox first, then every stored profile by
// name, kept in step with the store. Emits profileChosen() when the operator picks one.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfileStore* store, QWidget* parent = nullptr);

    QUuid currentProfileId() const;
    // Shows `id` as the current profile without emitting profileChosen(); a null id shows none.
    void setCurrentProfile(const QUuid& id);
    int indexOfProfile(const QUuid& id) const;

signals:
    void profileChosen(const QUuid& id);

private:
    void upsert(const Profile& profile);
    void removeProfile(const QUuid& id);

    QPointer<ProfileStore> m_store;
};
