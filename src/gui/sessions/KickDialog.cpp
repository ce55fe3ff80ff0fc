// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "sessions/KickDialog.h"

#include "ui_KickDialog.h"
#include "widgets/PlainText.h"

#include <QPushButton>

KickDialog::KickDialog(const QStringList& sessions, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KickDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("kickDialog"));
    m_ui->introLabel->setText(
        tr("These %n session(s) will be closed now, with the reason below:", nullptr, int(sessions.size())));
    m_ui->sessionsList->addItems(sessions);
    PlainText::protectViews(this);
    QPushButton* accept = m_ui->buttonBox->addButton(
        tr("&Disconnect %n Session(s)", nullptr, int(sessions.size())), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("disconnectButton"));
    accept->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reasonEdit->setFocus();
}

KickDialog::~KickDialog() = default;

QString KickDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}
