// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/RemoveRosterContacts.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

RemoveRosterContacts::RemoveRosterContacts(
    ServerSession* session, const QString& owner, const QStringList& contacts, QObject* parent)
    : Operation(session, parent)
    , m_owner(owner)
    , m_otherSide(session && !session->capabilities().rosterRemovalIsMutual)
{
    const QString domain = client() ? client()->domain() : QString();
    const QString ownerPath = UserReference::forPath(owner, domain);
    for (const QString& contact : contacts) {
        QList<BulkJob::Step> steps{step([ownerPath, contact](AdminRestClient* c) -> ApiReply* {
            return c->removeRosterContact(ownerPath, contact);
        })};
        // Only a contact of this host has a roster the server keeps.
        if (m_otherSide && contact.endsWith(QLatin1Char('@') + domain)) {
            const QString contactPath = UserReference::forPath(contact, domain);
            steps << step([contactPath, owner](
                              AdminRestClient* c) -> ApiReply* { return c->removeRosterContact(contactPath, owner); });
        }
        addItem(contact, steps);
    }
}
