// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DisableAccountsDialog;
}

// Before disabling: who is affected (each account, with the sessions that will be closed) and an
// optional reason the server keeps with the account.
class DisableAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    // affected: one line per account ("alice@example.org — 2 sessions will be closed").
    DisableAccountsDialog(const QStringList& affected, QWidget* parent = nullptr);
    ~DisableAccountsDialog() override;

    QString reason() const;

private:
    std::unique_ptr<Ui::DisableAccountsDialog> m_ui;
};
