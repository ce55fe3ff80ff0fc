// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "models/KeyedTableModel.h"

#include <QStringList>

struct GroupMemberRow
{
    QString user; // the localpart, as the server lists members: the key
    QString jid; // the member's bare JID on the host
    bool operator==(const GroupMemberRow&) const = default;
};

// The members of one group (GET /groups/<id>). Showing another group is a new data set (a reset);
// reloading the same group is merged by user.
class GroupMembersModel : public KeyedTableModel<GroupMemberRow>
{
    Q_OBJECT
public:
    enum Column { MemberColumn, ColumnCount };
    enum Role { UserRole = Qt::UserRole, JidRole };

    explicit GroupMembersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString groupId() const { return m_groupId; }
    // Members are localparts ("alice") or bare JIDs; localparts are shown as JIDs on `domain`.
    void setMembers(const QString& groupId, const QStringList& members, const QString& domain);
    void clearMembers();

protected:
    QString keyOf(const GroupMemberRow& row) const override { return row.user; }

private:
    QString m_groupId;
};
