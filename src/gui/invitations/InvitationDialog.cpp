// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/InvitationDialog.h"

#include "ui_InvitationDialog.h"

#include "invitations/InvitationCard.h"

InvitationDialog::InvitationDialog(const Invitation& invitation, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvitationDialog>())
{
    m_ui->setupUi(this);
    m_card = new InvitationCard(m_ui->cardHost);
    m_ui->cardHost->layout()->addWidget(m_card);
    m_card->setInvitation(invitation);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

InvitationDialog::~InvitationDialog() = default;
