// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Puts a contact in an owner's roster with a mutual subscription (the server adds the owner to the
// contact's roster too): one POST /roster/<owner>.
class AddRosterContact : public Operation
{
    Q_OBJECT
public:
    // ownerPath is what the API wants in the path for the owner (RostersPane::pathUserFor), contact a
    // bare JID.
    AddRosterContact(
        ServerSession* session, const QString& ownerPath, const QString& contact, QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
};
