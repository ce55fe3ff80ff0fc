// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "models/KeyedTableModel.h"

struct GroupRow
{
    QString id; // the key
    QString name;
    int memberCount = -1; // -1 when unknown
    bool operator==(const GroupRow&) const = default;
};

// The groups of a host: the whole list where the server can list them (our GET /groups), or the
// groups the console created or was told about in this session where it cannot.
class GroupsModel : public KeyedTableModel<GroupRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, MembersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, NameRole, MemberCountRole };

    // The result of checking a group id the user typed.
    struct IdCheck
    {
        bool valid = false;
        QString normalized;
        QString message;
    };

    explicit GroupsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The server's whole listing.
    void setGroups(const QList<GroupInfo>& groups);
    // One group, added or updated (a known group, or one whose details were read).
    void upsertGroup(const GroupInfo& group);
    void removeGroup(const QString& id);
    // An empty name (a group known by id only) shows the id.
    QString nameOf(const QString& id) const;

    // A group id as it may be put in a path: not empty, no '/', '%', spaces, "." or "..".
    static IdCheck checkId(const QString& input);

protected:
    QString keyOf(const GroupRow& row) const override { return row.id; }
};
