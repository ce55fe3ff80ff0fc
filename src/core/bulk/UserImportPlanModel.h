// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/UserImportPlan.h"
#include "models/KeyedTableModel.h"

// The preview of an import: one row per line of the file, with what will happen to it.
class UserImportPlanModel : public KeyedTableModel<UserImportPlan::Entry, int>
{
    Q_OBJECT
public:
    enum Column { LineColumn, UserColumn, RoleColumn, StatusColumn, ReasonColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole, ActionRole, LineRole };

    explicit UserImportPlanModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A plan of another file resets the model; the same file planned again (another option, the
    // existence check done) updates the rows that changed.
    void setPlan(const UserImportPlan& plan, bool sameFile);
    // A short translated word for the status of an entry ("New", "Exists", "Invalid").
    static QString statusText(const UserImportPlan::Entry& entry);

protected:
    int keyOf(const UserImportPlan::Entry& entry) const override { return entry.line; }
};
