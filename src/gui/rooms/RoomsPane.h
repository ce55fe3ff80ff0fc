// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <QDateTime>

#include <functional>
#include <memory>

class RequestScope;
class RoomPeopleModel;
class RoomsFilterProxy;
class RoomsModel;
namespace Ui {
class RoomsPane;
}

// The rooms of every MUC component of the host (our /rooms extension): list, sort and filter (empty
// now, idle for N days, by name), a room's occupants and affiliations, change an affiliation, create
// a room, destroy the selected ones or clean up the idle ones. Without the extension it says why.
class RoomsPane : public Pane
{
    Q_OBJECT
public:
    explicit RoomsPane(ServerSession* session, QWidget* parent = nullptr);
    ~RoomsPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    RoomsModel* model() const { return m_model; }
    RoomsFilterProxy* proxy() const { return m_proxy; }
    RoomPeopleModel* peopleModel() const { return m_people; }
    // The time "idle for N days" counts back from (the current time unless set; tests move it on).
    void setClock(std::function<QDateTime()> clock);
    // Rooms per GET /rooms request (1000 unless set; tests make pages small).
    void setPageSize(int rooms) { m_pageSize = rooms; }

protected:
    void sessionDisconnected() override;

private:
    void loadRooms();
    void loadRoomsPage(int offset, QList<RoomInfo> collected);
    void showSelectedRoom();
    void loadPeople(const QString& roomJid);
    void createRoom();
    void destroySelected();
    void cleanup();
    // Opens the confirmation (which lists exactly the rooms) and destroys what it lists.
    void confirmDestruction(int mode, const QList<RoomInfo>& rooms);
    void destroyRooms(const QStringList& roomJids, const QString& reason, const QString& alternate);
    void setAffiliation();
    QStringList selectedRoomJids() const;
    QString currentRoomJid() const;
    QStringList services() const;
    void updateAvailability();
    void updateActions();
    void updateCount();

    std::unique_ptr<Ui::RoomsPane> m_ui;
    RoomsModel* m_model = nullptr;
    RoomsFilterProxy* m_proxy = nullptr;
    RoomPeopleModel* m_people = nullptr;
    RequestScope* m_scope = nullptr; // the room listing, and the writes started since it
    RequestScope* m_peopleScope = nullptr; // the selected room's people
    int m_busy = 0; // writes under way
    int m_pageSize = 1000;
    int m_loadedRooms = -1; // while the listing loads: the rooms read so far (else -1)
    int m_totalRooms = 0; // while the listing loads: the server's total
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};
