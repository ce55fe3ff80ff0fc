// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// DELETE /roster/<owner> {"contact": …} for each contact: removes them from the owner's roster and
// the owner from theirs. Our module changes both rosters with one call; the published modules change
// the owner's only and leave each contact an entry for the owner with subscription "none", which this
// operation removes with a second call (DELETE /roster/<contact> {"contact": owner}) for contacts of
// the session's host. An item succeeds when both sides are gone.
class RemoveRosterContacts : public Operation
{
    Q_OBJECT
public:
    // owner and contacts are bare JIDs.
    RemoveRosterContacts(
        ServerSession* session, const QString& owner, const QStringList& contacts, QObject* parent = nullptr);

    // The server leaves the contact's side, so a second call per contact is made.
    bool removesOtherSide() const { return m_otherSide; }
    QString owner() const { return m_owner; }

private:
    QString m_owner;
    bool m_otherSide = false;
};
