// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/UserRoomsLabel.h"

#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

#include <QLabel>

UserRoomsLabel::UserRoomsLabel(QLabel* label, QObject* parent)
    : QObject(parent)
    , m_label(label)
    , m_scope(new RequestScope(this))
{
}

void UserRoomsLabel::show(ServerSession* session, const QString& jid)
{
    m_scope->reset();
    const bool shown = session && session->capabilities().rooms && !jid.isEmpty();
    m_label->setVisible(shown);
    m_label->clear();
    if (!shown)
        return;
    // One page of the server's largest (5000 rooms); the count is the server's total.
    auto* reply = session->rooms(0, 5000, {}, jid);
    m_scope->onFinished(reply, [this, reply] {
        QStringList rooms;
        for (const RoomInfo& room : reply->ok() ? reply->value().rooms : QList<RoomInfo>())
            rooms << room.jid;
        const int total = reply->ok() ? reply->value().total : 0;
        const QString text = tr("In %n room(s) now: %1", nullptr, total).arg(rooms.join(u", "));
        PlainText::setText(m_label, reply->ok() ? text : tr("Rooms unknown: %1").arg(reply->error().userMessage()));
    });
}
