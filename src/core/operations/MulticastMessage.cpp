// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/MulticastMessage.h"

#include "api/AdminRestClient.h"

MulticastMessage::MulticastMessage(ServerSession* session, const QString& message, const MessageStyle& style,
    const QStringList& recipients, QObject* parent)
    : Operation(session, parent)
{
    setReportsEnd(false);
    QList<MulticastRecipient> list;
    list.reserve(recipients.size());
    for (const QString& recipient : recipients)
        list.append({recipient, message});
    auto online = valueStep([](AdminRestClient* c) { return c->connectedSessions(); },
        [this](const QList<ConnectedSession>& sessions) {
            QStringList users;
            for (const ConnectedSession& session : sessions)
                users << session.username;
            m_online = users;
        });
    auto multicast = valueStep([list, style](AdminRestClient* c) { return c->multicast(list, style); },
        [this](const MulticastResult& counts) { m_counts = counts; });
    addItem(tr("Multicast to %n recipient(s)", nullptr, int(recipients.size())), {online, multicast});
}
