// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <memory>

class GroupMembersModel;
class GroupsModel;
class QCompleter;
class QSortFilterProxyModel;
class RequestScope;
class UserDirectory;
namespace Ui {
class GroupsPane;
}

// The host's groups (mod_groups_internal, or our module's own store) and their members. Where the
// server can list groups (our GET /groups) the list is the server's; where it cannot, it is the groups
// this console created or was told about in this session. Without group support the pane says so
// and offers nothing.
class GroupsPane : public Pane
{
    Q_OBJECT
public:
    explicit GroupsPane(ServerSession* session, QWidget* parent = nullptr);
    ~GroupsPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    GroupsModel* model() const { return m_model; }
    GroupMembersModel* membersModel() const { return m_members; }

protected:
    void sessionDisconnected() override;

private:
    void createGroup();
    void deleteSelectedGroups();
    void syncSelectedGroup();
    void addKnownGroup();
    void addMember();
    void removeSelectedMembers();
    void loadGroups(const QString& select = {});
    // Shows the members of the one selected group (where the server can list them).
    void showSelectedGroup();
    void loadMembers(const QString& groupId);
    QStringList selectedGroupIds() const;
    // The one selected group's id, or empty.
    QString currentGroupId() const;
    void selectGroup(const QString& groupId);
    void updateAvailability();
    void updateActions();

    std::unique_ptr<Ui::GroupsPane> m_ui;
    GroupsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    GroupMembersModel* m_members = nullptr;
    UserDirectory* m_users = nullptr;
    QCompleter* m_memberCompleter = nullptr;
    RequestScope* m_scope = nullptr; // the group listing, and the writes started since it
    RequestScope* m_membersScope = nullptr; // the members of the selected group
    int m_busy = 0; // writes under way
};
