// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QList>

#include <utility>

// Where each row of a list is, by the row's key: an open-addressing hash table of row positions,
// 4 bytes a slot, a power-of-two number of slots at least twice the rows, linear probing. It holds
// no copy of the keys: the caller passes keyAt(position), the key of the row at a position, and a
// lookup compares against the rows themselves. A lookup never answers a position whose row has
// another key; after rows move (a removal), rebuild().
class RowPositionIndex
{
public:
    // Indexes positions 0 .. count - 1; where two rows have the same key, the later one wins.
    template <typename KeyAt> void rebuild(qsizetype count, const KeyAt& keyAt)
    {
        m_slots = QList<qint32>(capacityFor(count), Empty);
        m_count = 0;
        for (qsizetype position = 0; position < count; ++position)
            place(keyAt(position), position, keyAt);
    }

    void clear()
    {
        m_slots = {};
        m_count = 0;
    }

    // The position of the row with `key`, or -1.
    template <typename Key, typename KeyAt> qsizetype find(const Key& key, const KeyAt& keyAt) const
    {
        if (m_slots.isEmpty())
            return -1;
        const size_t mask = size_t(m_slots.size()) - 1;
        for (size_t slot = qHash(key, QHashSeed::globalSeed()) & mask;; slot = (slot + 1) & mask) {
            const qint32 position = m_slots.at(slot);
            if (position == Empty)
                return -1;
            if (keyAt(position) == key)
                return position;
        }
    }

    // Indexes the row at `position` under `key`, in place of a row with the same key.
    template <typename Key, typename KeyAt> void insert(const Key& key, qsizetype position, const KeyAt& keyAt)
    {
        if (capacityFor(m_count + 1) > m_slots.size())
            grow(keyAt);
        place(key, position, keyAt);
    }

private:
    static constexpr qint32 Empty = -1;

    // The smallest power of two at least twice `count` (none for no rows).
    static qsizetype capacityFor(qsizetype count)
    {
        qsizetype capacity = count > 0 ? 8 : 0;
        while (capacity < 2 * count)
            capacity *= 2;
        return capacity;
    }

    template <typename Key, typename KeyAt> void place(const Key& key, qsizetype position, const KeyAt& keyAt)
    {
        const size_t mask = size_t(m_slots.size()) - 1;
        for (size_t slot = qHash(key, QHashSeed::globalSeed()) & mask;; slot = (slot + 1) & mask) {
            qint32& occupant = m_slots[slot];
            if (occupant == Empty) {
                occupant = qint32(position);
                ++m_count;
                return;
            }
            if (keyAt(occupant) == key) {
                occupant = qint32(position);
                return;
            }
        }
    }

    // Doubles the slots and places the indexed positions again.
    template <typename KeyAt> void grow(const KeyAt& keyAt)
    {
        const QList<qint32> old = std::exchange(m_slots, QList<qint32>(capacityFor(m_count + 1), Empty));
        m_count = 0;
        for (qint32 position : old) {
            if (position != Empty)
                place(keyAt(position), position, keyAt);
        }
    }

    QList<qint32> m_slots;
    qsizetype m_count = 0;
};
