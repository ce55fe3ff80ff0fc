// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/DisableAccountsDialog.h"

#include "ui_DisableAccountsDialog.h"

#include <QPushButton>

DisableAccountsDialog::DisableAccountsDialog(const QStringList& affected, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisableAccountsDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Disable %n account(s):", nullptr, int(affected.size())));
    m_ui->affectedList->addItems(affected);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Disable %n Account(s)", nullptr, int(affected.size())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DisableAccountsDialog::~DisableAccountsDialog() = default;

QString DisableAccountsDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}
