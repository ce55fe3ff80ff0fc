// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfilePasswordDialog;
}

// Asks for a profile's password, without blocking: open() it and read password() and remember() on
// accepted(). Says why it asks (nothing saved yet, the server refused the saved one, no keychain).
class ProfilePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilePasswordDialog(const Profile& profile, QWidget* parent = nullptr);
    ~ProfilePasswordDialog() override;

    const Profile& profile() const { return m_profile; }
    // Why the password is asked for, shown above the field (a warning when `problem`).
    void setReason(const QString& text, bool problem);
    // No keychain: "Remember" is unticked and disabled, and remember() keeps the profile's choice.
    void setKeychainAvailable(bool available);

    QString password() const;
    bool remember() const;

private:
    void submit();

    std::unique_ptr<Ui::ProfilePasswordDialog> m_ui;
    Profile m_profile;
};
