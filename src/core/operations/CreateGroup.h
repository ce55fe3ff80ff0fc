// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Creates one group: PUT /groups (the server picks the id) or PUT /groups/<id>, optionally with
// its default chat room. groupId() is the id the server gave it.
class CreateGroup : public Operation
{
    Q_OBJECT
public:
    CreateGroup(ServerSession* session, const QString& name, const QString& groupId = {}, bool createDefaultMuc = false,
        QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
    // The id the server created the group with; meaningful once succeeded().
    QString groupId() const { return m_groupId; }

private:
    QString m_groupId;
};
