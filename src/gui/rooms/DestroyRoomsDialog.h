// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerResourceTypes.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class DestroyRoomsDialog;
}

// The confirmation of a destruction: lists exactly the rooms that will be destroyed and asks for the
// reason and an optional alternative venue. As a cleanup, it proposes the rooms of `rooms` that are
// empty and idle for the days chosen (DestroyRooms::idleRooms) and lists those; the list it shows is
// the list roomJids() returns.
class DestroyRoomsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Selected, Cleanup };

    // Selected: every room of `rooms`; Cleanup: the idle ones among them, counted back from `now`.
    DestroyRoomsDialog(
        Mode mode, const QList<RoomInfo>& rooms, int idleDays, const QDateTime& now, QWidget* parent = nullptr);
    ~DestroyRoomsDialog() override;

    QStringList roomJids() const { return m_listed; }
    QString reason() const;
    QString alternate() const;
    int idleDays() const;

    void accept() override;

private:
    void updateList();

    std::unique_ptr<Ui::DestroyRoomsDialog> m_ui;
    Mode m_mode;
    QList<RoomInfo> m_rooms;
    QDateTime m_now;
    QStringList m_listed;
};
