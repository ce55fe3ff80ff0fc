// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "models/RowPositionIndex.h"

#include <QAbstractTableModel>
#include <QList>

// A table of rows identified by a key, refreshed incrementally: mergeRows() removes the rows whose
// key is gone, emits dataChanged for the rows that changed and inserts the new ones, so views keep
// their selection and scroll position across a refresh. Row needs operator==. Keyed lookups go
// through a compact index of row positions, which holds no second copy of the keys.
template <typename Row, typename Key = QString> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }
    int rowOfKey(const Key& key) const { return int(m_index.find(key, keyAtRow())); }
    bool containsKey(const Key& key) const { return rowOfKey(key) >= 0; }

    // Replaces the content by `rows`, incrementally.
    void mergeRows(QList<Row> rows)
    {
        if (m_rows.isEmpty()) {
            if (!rows.isEmpty()) {
                beginInsertRows({}, 0, int(rows.size()) - 1);
                m_rows = std::move(rows);
                rebuildIndex();
                endInsertRows();
            }
            return;
        }

        const auto incomingKeyAt = [this, &rows](qsizetype position) { return keyOf(rows.at(position)); };
        RowPositionIndex incoming;
        incoming.rebuild(rows.size(), incomingKeyAt);
        const auto isIncoming = [&](const Row& row) { return incoming.find(keyOf(row), incomingKeyAt) >= 0; };

        // Remove vanished rows, last first, one contiguous range at a time. Until the rows stop
        // moving, the index is empty (a lookup from a slot answers -1, never a moved row).
        bool removed = false;
        for (qsizetype i = m_rows.size() - 1; i >= 0;) {
            if (isIncoming(m_rows.at(i))) {
                --i;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !isIncoming(m_rows.at(first - 1)))
                --first;
            if (!removed)
                m_index.clear();
            removed = true;
            beginRemoveRows({}, int(first), int(i));
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        if (removed)
            rebuildIndex();

        // Update the rows that stayed; one range-wide dataChanged for the span of changes.
        QList<bool> present(rows.size(), false);
        int firstChanged = -1;
        int lastChanged = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const qsizetype from = incoming.find(keyOf(m_rows.at(i)), incomingKeyAt);
            present[from] = true;
            if (!(m_rows.at(i) == rows.at(from))) {
                m_rows[i] = rows.at(from);
                if (firstChanged < 0)
                    firstChanged = int(i);
                lastChanged = int(i);
            }
        }
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));

        // Append the new ones.
        QList<Row> added;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!present.at(i))
                added.append(rows.at(i));
        }
        if (!added.isEmpty()) {
            const qsizetype oldCount = m_rows.size();
            beginInsertRows({}, int(oldCount), int(oldCount + added.size()) - 1);
            m_rows.append(added);
            for (qsizetype i = oldCount; i < m_rows.size(); ++i)
                m_index.insert(keyOf(m_rows.at(i)), i, keyAtRow());
            endInsertRows();
        }
    }

    // Inserts or replaces one row by its key.
    void upsertRow(const Row& row)
    {
        const Key key = keyOf(row);
        const int existing = rowOfKey(key);
        if (existing >= 0) {
            if (!(m_rows.at(existing) == row)) {
                m_rows[existing] = row;
                emit dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            }
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        m_index.insert(key, m_rows.size() - 1, keyAtRow());
        endInsertRows();
    }

    void removeKey(const Key& key)
    {
        const int row = rowOfKey(key);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        rebuildIndex();
        endRemoveRows();
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }

protected:
    virtual Key keyOf(const Row& row) const = 0;
    // Lets a subclass change rows in place, never their key (then it emits dataChanged itself).
    Row& mutableRowAt(int row) { return m_rows[row]; }

private:
    auto keyAtRow() const
    {
        return [this](qsizetype position) { return keyOf(m_rows.at(position)); };
    }

    void rebuildIndex() { m_index.rebuild(m_rows.size(), keyAtRow()); }

    QList<Row> m_rows;
    RowPositionIndex m_index;
};
