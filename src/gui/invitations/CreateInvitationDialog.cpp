// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/CreateInvitationDialog.h"

#include "ui_CreateInvitationDialog.h"

#include <QPushButton>

CreateInvitationDialog::CreateInvitationDialog(const QStringList& roles, bool groups, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateInvitationDialog>())
{
    m_ui->setupUi(this);
    m_ui->roleCombo->addItem(tr("Server default"), QString());
    for (const QString& role : roles)
        m_ui->roleCombo->addItem(role, role);
    m_ui->groupsLabel->setVisible(groups);
    m_ui->groupsEdit->setVisible(groups);
    m_ui->expiryCombo->addItem(tr("1 hour"), 3600);
    m_ui->expiryCombo->addItem(tr("1 day"), 86400);
    m_ui->expiryCombo->addItem(tr("1 week"), 7 * 86400);
    m_ui->expiryCombo->addItem(tr("30 days"), 30 * 86400);
    m_ui->expiryCombo->setCurrentIndex(2);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateInvitationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reusableCheck, &QCheckBox::toggled, this, &CreateInvitationDialog::updateState);
    connect(m_ui->usernameEdit, &QLineEdit::textEdited, m_ui->hintLabel, &InputHintLabel::clearHint);
    updateState();
}

CreateInvitationDialog::~CreateInvitationDialog() = default;

void CreateInvitationDialog::updateState()
{
    // A reusable invitation names no account.
    const bool reusable = m_ui->reusableCheck->isChecked();
    if (reusable)
        m_ui->usernameEdit->clear();
    m_ui->usernameEdit->setEnabled(!reusable);
}

InvitationRequest CreateInvitationDialog::request() const
{
    InvitationRequest request;
    request.username = m_ui->usernameEdit->text().trimmed();
    request.role = m_ui->roleCombo->currentData().toString();
    if (m_ui->groupsEdit->isVisibleTo(this)) {
        const QStringList groups = m_ui->groupsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& group : groups) {
            if (!group.trimmed().isEmpty())
                request.groups << group.trimmed();
        }
    }
    request.expiresInSeconds = m_ui->expiryCombo->currentData().toInt();
    request.reusable = m_ui->reusableCheck->isChecked();
    return request;
}

void CreateInvitationDialog::accept()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (!username.isEmpty() && (username.contains(QLatin1Char('@')) || username.contains(QLatin1Char('/')))) {
        m_ui->hintLabel->showError(tr("Type only the name before the @: the invitation is for this server."));
        return;
    }
    QDialog::accept();
}
