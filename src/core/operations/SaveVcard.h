// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Stores one account's vCard as given (raw vCard text, unchanged): PUT /vcards/<u>.
class SaveVcard : public Operation
{
    Q_OBJECT
public:
    SaveVcard(ServerSession* session, const QString& jid, const QString& vcard, QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
};
