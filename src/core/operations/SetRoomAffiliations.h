// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

#include <QList>
#include <QPair>

// PUT /rooms/<room>/affiliations/<jid> for each (JID, affiliation) of one room, with the reason the
// room's occupants are told. An item per JID, labelled with the JID; "none" removes an affiliation.
class SetRoomAffiliations : public Operation
{
    Q_OBJECT
public:
    using Change = QPair<QString, QString>; // bare JID, affiliation (owner, admin, member, outcast, none)

    SetRoomAffiliations(ServerSession* session, const QString& roomJid, const QList<Change>& changes,
        const QString& reason = {}, QObject* parent = nullptr);

    QString roomJid() const { return m_roomJid; }

private:
    QString m_roomJid;
};
