// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class KickDialog;
}

// Confirms disconnecting sessions: lists every session that will be closed ("alice@example.org/phone")
// and takes the reason the users' clients are shown. Non-modal to the window: open() it and read
// reason() when accepted.
class KickDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KickDialog(const QStringList& sessions, QWidget* parent = nullptr);
    ~KickDialog() override;

    QString reason() const;

private:
    std::unique_ptr<Ui::KickDialog> m_ui;
};
