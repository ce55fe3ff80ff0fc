// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateRoomDialog;
}

// Asks for a new room's address (name @ one of the host's MUC services) and its basic settings;
// accepts only a well-formed address and owners given as bare JIDs.
class CreateRoomDialog : public QDialog
{
    Q_OBJECT
public:
    CreateRoomDialog(const QStringList& services, QWidget* parent = nullptr);
    ~CreateRoomDialog() override;

    QString roomJid() const;
    RoomSettings settings() const;

    void accept() override;

private:
    std::unique_ptr<Ui::CreateRoomDialog> m_ui;
    QStringList m_owners; // checked and normalised in accept()
};
