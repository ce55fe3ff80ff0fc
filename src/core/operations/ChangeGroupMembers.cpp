// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ChangeGroupMembers.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

ChangeGroupMembers::ChangeGroupMembers(
    ServerSession* session, const QString& groupId, Change change, const QStringList& users, QObject* parent)
    : Operation(session, parent)
    , m_groupId(groupId)
    , m_change(change)
{
    for (const QString& user : users) {
        addItem(user, {step([groupId, change, user](AdminRestClient* c) -> ApiReply* {
            return change == Change::Add ? c->addGroupMember(groupId, user) : c->removeGroupMember(groupId, user);
        })});
    }
}
