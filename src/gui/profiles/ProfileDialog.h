// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class ConnectionTestDialog;
class ProfilePasswords;
class ProfileStore;
class QPushButton;
namespace Ui {
class ProfileDialog;
}

// Creates or edits one profile: address, admin JID, password (kept in the keychain or for the
// session), timeouts, certificate pin or CA file, and the unsafe plain-HTTP opt-in. Save validates
// every field inline, stores the profile and its password, and closes; nothing typed is lost on a
// problem. Non-blocking: open() it and react to saved().
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // A profile with a null id is a new one.
    ProfileDialog(ProfileStore* store, ProfilePasswords* passwords, const Profile& profile, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    // The profile as the fields say, when they are valid (problems are shown next to the fields).
    std::optional<Profile> editedProfile();
    QPushButton* testButton() const { return m_testButton; }
    ConnectionTestDialog* connectionTest() const;
    // Makes a dialog tall enough for its wrapped hints and banner (it never shrinks it).
    static void growToFit(QWidget* dialog);

signals:
    void saved(const Profile& profile);

private:
    void load(const Profile& profile);
    void save();
    void finishSave(const Profile& profile, const QString& keychainProblem);
    void testConnection();
    void chooseCaFile();
    void updateUrlNote();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QPointer<ProfileStore> m_store;
    QPointer<ProfilePasswords> m_passwords;
    Profile m_original;
    QPushButton* m_testButton = nullptr;
    QPointer<ConnectionTestDialog> m_test;
    bool m_saved = false; // saved, with a keychain problem shown: the next Save only closes
};
