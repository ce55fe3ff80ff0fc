// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class InvitationCard;
struct Invitation;
namespace Ui {
class InvitationDialog;
}

// One invitation made elsewhere than the Invitations pane (a password reset from the Users pane):
// its QR code and link to hand over (InvitationCard).
class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InvitationDialog(const Invitation& invitation, QWidget* parent = nullptr);
    ~InvitationDialog() override;

    InvitationCard* card() const { return m_card; }

private:
    std::unique_ptr<Ui::InvitationDialog> m_ui;
    InvitationCard* m_card = nullptr;
};
