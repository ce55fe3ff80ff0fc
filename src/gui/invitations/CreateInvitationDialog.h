// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateInvitationDialog;
}

// Asks what an account invitation allows: a proposed username (optional), the role (from the
// server's roles), groups (Prosody 13 with groups), how long it is valid and whether it is reusable.
// It only collects the request; the pane creates the invitation (CreateInvitations).
class CreateInvitationDialog : public QDialog
{
    Q_OBJECT
public:
    // roles: the host's roles (Capabilities::availableRoles); empty: the server's default only.
    CreateInvitationDialog(const QStringList& roles, bool groups, QWidget* parent = nullptr);
    ~CreateInvitationDialog() override;

    InvitationRequest request() const;
    void accept() override;

private:
    void updateState();

    std::unique_ptr<Ui::CreateInvitationDialog> m_ui;
};
