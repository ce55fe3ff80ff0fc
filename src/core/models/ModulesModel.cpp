// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "models/ModulesModel.h"

#include <QSet>

#include <algorithm>

ModulesModel::ModulesModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int ModulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ModuleRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.name;
        if (index.column() == StateColumn)
            return row.loaded ? tr("loaded") : tr("not loaded");
        break;
    case Qt::ToolTipRole:
        if (row.name == adminRestModule())
            return tr("This module serves the admin API the console uses: unloading it cuts the console off.");
        break;
    case NameRole:
        return row.name;
    case LoadedRole:
        return row.loaded;
    }
    return {};
}

QVariant ModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Module");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void ModulesModel::setLoadedModules(const QStringList& names)
{
    QSet<QString> loaded;
    QList<ModuleRow> incoming;
    incoming.reserve(names.size() + rowCount());
    for (const QString& name : names) {
        if (name.isEmpty() || loaded.contains(name))
            continue;
        loaded.insert(name);
        incoming.append({name, true});
    }
    // Keep the modules the console already knows about, with their state read from the listing.
    for (const ModuleRow& row : rows()) {
        if (!loaded.contains(row.name))
            incoming.append({row.name, false});
    }
    if (rowCount() == 0) {
        std::sort(
            incoming.begin(), incoming.end(), [](const ModuleRow& a, const ModuleRow& b) { return a.name < b.name; });
    }
    mergeRows(std::move(incoming));
}

void ModulesModel::setModuleState(const QString& name, bool loaded)
{
    upsertRow({name, loaded});
}

int ModulesModel::loadedCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const ModuleRow& row) { return row.loaded; }));
}

ModulesModel::NameCheck ModulesModel::checkName(const QString& input)
{
    NameCheck result;
    QString name = input.trimmed();
    if (name.isEmpty()) {
        result.message = tr("Enter a module name, for example “uptime”.");
        return result;
    }
    for (const QChar c : name) {
        if (c.isSpace()) {
            result.message = tr("A module name cannot contain spaces.");
            return result;
        }
    }
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        result.message = tr("A module name cannot contain “/” or “\\”: enter the name only, for example “uptime”.");
        return result;
    }
    if (name.contains(QStringLiteral(".."))) {
        result.message = tr("A module name cannot contain “..”.");
        return result;
    }
    if (name.contains(QLatin1Char('%'))) {
        result.message = tr("A module name cannot contain “%”.");
        return result;
    }
    if (name.endsWith(QStringLiteral(".lua")))
        name.chop(4);
    if (name.startsWith(QStringLiteral("mod_")))
        name.remove(0, 4);
    for (const QChar c : name) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_')
            || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!allowed) {
            result.message = tr("A module name cannot contain “%1”: use letters, digits, “_”, “-” and “.”.").arg(c);
            return result;
        }
    }
    if (name.isEmpty() || name == QLatin1String(".")) {
        result.message = tr("Enter a module name, for example “uptime”.");
        return result;
    }
    result.valid = true;
    result.normalized = name;
    if (name != input.trimmed())
        result.message = tr("Prosody names this module “%1”.").arg(name);
    return result;
}
