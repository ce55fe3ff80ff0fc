// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

#include <QList>

// Loads (PUT /module/<name>) or unloads (DELETE /module/<name>) modules one after the other, and
// reads each one's state back (GET /module/<name>) whatever the write answered: a module counts as
// changed when the server reports it in the wanted state. Unloading admin_rest goes last, and counts
// as done when the read-back can no longer be answered (the API went with it).
class ChangeModules : public Operation
{
    Q_OBJECT
public:
    enum class Change { Load, Unload };
    Q_ENUM(Change)

    ChangeModules(ServerSession* session, Change change, const QStringList& names, QObject* parent = nullptr);

    Change change() const { return m_change; }
    // Once the item has finished: whether its module is now in the wanted state, and whether the
    // server reported its state (then loadedNow() is that state).
    bool changed(int index) const;
    bool stateKnown(int index) const { return m_results.at(index).stateKnown; }
    bool loadedNow(int index) const { return m_results.at(index).loaded; }
    QStringList changedModules() const;
    QStringList unchangedModules() const;
    // The first unchanged module's error (the write's, else the read-back's); no error when the
    // server accepted every write but a state did not change.
    ApiError firstProblem() const;
    // admin_rest was unloaded: the console can no longer reach the API.
    bool adminRestGone() const { return m_adminRestGone; }

private:
    struct Result
    {
        bool writeOk = false;
        ApiError writeError;
        bool stateKnown = false;
        bool loaded = false;
    };
    void judge(int index);

    Change m_change;
    QList<Result> m_results;
    QList<bool> m_changed;
    bool m_adminRestGone = false;
};
