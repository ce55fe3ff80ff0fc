// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ImportUsers.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

ImportUsers::ImportUsers(ServerSession* session, const UserImportPlan& plan, QObject* parent)
    : Operation(session, parent)
{
    if (batchMax() > 0 && plan.count(UserImportPlan::Action::Create) > 1) {
        m_batch = addBatch<CreateUserResult>(
            [this](AdminRestClient* c, const QList<int>& items) {
                QList<NewUser> users;
                for (int item : items)
                    users.append({m_entries.at(item).target, m_entries.at(item).password, {}});
                return c->createUsers(users);
            },
            [](int, CreateUserResult) {});
    }
    m_entries.reserve(plan.entries().size());
    for (const UserImportPlan::Entry& entry : plan.entries())
        addEntry(entry);
}

void ImportUsers::addEntry(const UserImportPlan::Entry& entry)
{
    using Action = UserImportPlan::Action;
    const int index = int(m_entries.size());
    m_entries.append(entry);
    m_invitations.append(Invitation{});
    const QString label = entry.jid.isEmpty() ? tr("line %1").arg(entry.line) : entry.jid;
    if (entry.action == Action::Skip) {
        addSkippedItem(label, entry.reason);
        return;
    }
    const QString target = entry.target;
    QList<BulkJob::Step> steps;
    if (entry.action == Action::Create) {
        const QString password = entry.password;
        steps.append(step([target, password](AdminRestClient* c) { return c->createUser(target, password); }));
    } else if (entry.action == Action::OverwritePassword) {
        const QString password = entry.password;
        steps.append(step([target, password](AdminRestClient* c) { return c->changePassword(target, password); }));
    } else {
        // The invitation names the account; a user of another host is invited on that host.
        InvitationRequest request;
        const qsizetype at = entry.jid.indexOf(QLatin1Char('@'));
        request.username = entry.jid.left(at);
        if (target != request.username)
            request.host = entry.jid.mid(at + 1);
        request.role = entry.role;
        steps.append(valueStep([request](AdminRestClient* c) { return c->createInvitation(request); },
            [this, index](const Invitation& invitation) { m_invitations[index] = invitation; }));
    }
    if (!entry.role.isEmpty() && entry.action != Action::Invite) {
        const QString role = entry.role;
        steps.append(step([target, role](AdminRestClient* c) { return c->setRole(target, role); }));
    }
    const int item = addItem(label, std::move(steps));
    if (m_batch >= 0 && entry.action == Action::Create)
        setBatchStep(item, 0, m_batch);
}

QList<Invitation> ImportUsers::invitations() const
{
    QList<Invitation> made;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded && !m_invitations.at(i).token.isEmpty())
            made.append(m_invitations.at(i));
    }
    return made;
}
