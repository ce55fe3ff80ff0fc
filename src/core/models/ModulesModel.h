// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "models/KeyedTableModel.h"

#include <QStringList>

struct ModuleRow
{
    QString name; // the key
    bool loaded = false;
    bool operator==(const ModuleRow&) const = default;
};

// The modules of a host with their state. GET /modules lists only the loaded ones; modules the console
// checked by name or unloaded stay listed as "not loaded" until a new server is connected.
class ModulesModel : public KeyedTableModel<ModuleRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole, LoadedRole };

    // The result of checking a module name the user typed.
    struct NameCheck
    {
        bool valid = false;
        QString normalized;
        QString message; // why it is invalid, or a note for a valid input
    };

    // The module that serves this API: unloading it cuts the console off.
    static QString adminRestModule() { return QStringLiteral("admin_rest"); }

    explicit ModulesModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The loaded modules as GET /modules lists them; known modules missing from it become "not loaded".
    void setLoadedModules(const QStringList& names);
    // The state of one module as GET /module/<name> reported it.
    void setModuleState(const QString& name, bool loaded);
    int loadedCount() const;

    // A module name as it may be put in a path: no '/', "..", '%', spaces or other punctuation.
    static NameCheck checkName(const QString& input);

protected:
    QString keyOf(const ModuleRow& row) const override { return row.name; }
};
