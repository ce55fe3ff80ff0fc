#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>

// A table of rows identified by a key, refreshed incrementally: mergeRows() removes the rows whose
// key is gone, emits dataChanged for the rows that changed and inserts the new ones, so views keep
// their selection and scroll position across a refresh. Row needs operator==.
template<typename Row, typename Key = QString>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }
    int rowOfKey(const Key& key) const { return m_index.value(key, -1); }
    bool containsKey(const Key& key) const { return m_index.contains(key); }

    // Replaces the content by `rows`, incrementally.
    void mergeRows(QList<Row> rows)
    {
        QHash<Key, qsizetype> incoming;
        incoming.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(keyOf(rows.at(i)), i);

        if (m_rows.isEmpty()) {
            if (!rows.isEmpty()) {
                beginInsertRows({}, 0, int(rows.size()) - 1);
                m_rows = std::move(rows);
                m_index = std::move(incoming);
                endInsertRows();
            }
            return;
        }

        // Remove vanished rows, last first, one contiguous range at a time.
        for (qsizetype i = m_rows.size() - 1; i >= 0;) {
            if (incoming.contains(keyOf(m_rows.at(i)))) {
                --i;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !incoming.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, int(first), int(i));
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }

        // Update the rows that stayed; one range-wide dataChanged for the span of changes.
        QList<bool> present(rows.size(), false);
        int firstChanged = -1;
        int lastChanged = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const qsizetype from = incoming.value(keyOf(m_rows.at(i)));
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
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
        rebuildIndex();
    }

    // Inserts or replaces one row by its key.
    void upsertRow(const Row& row)
    {
        const int existing = rowOfKey(keyOf(row));
        if (existing >= 0) {
            if (!(m_rows.at(existing) == row)) {
                m_rows[existing] = row;
                emit dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            }
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_index.insert(keyOf(row), m_rows.size());
        m_rows.append(row);
        endInsertRows();
    }

    void removeKey(const Key& key)
    {
        const int row = rowOfKey(key);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
        rebuildIndex();
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
    // Lets a subclass change rows in place (then it emits dataChanged itself).
    Row& mutableRowAt(int row) { return m_rows[row]; }

private:
    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    QList<Row> m_rows;
    QHash<Key, qsizetype> m_index;
};
