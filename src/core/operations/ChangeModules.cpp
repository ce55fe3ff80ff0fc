// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ChangeModules.h"

#include "api/AdminRestClient.h"
#include "models/ModulesModel.h"
#include "session/ServerSession.h"

ChangeModules::ChangeModules(ServerSession* session, Change change, const QStringList& names, QObject* parent)
    : Operation(session, parent)
    , m_change(change)
{
    setConcurrency(1);
    const bool unload = change == Change::Unload;
    QStringList ordered = names;
    // admin_rest's unload goes last: everything else is done while the console can still reach the server.
    if (unload && ordered.removeAll(ModulesModel::adminRestModule()) > 0)
        ordered.append(ModulesModel::adminRestModule());
    for (const QString& name : std::as_const(ordered)) {
        const int index = int(m_results.size());
        m_results.append(Result{});
        m_changed.append(false);
        auto write = step([this, index, name, unload](AdminRestClient* c) -> ApiReply* {
            TypedReply<QString>* reply = unload ? c->unloadModule(name) : c->loadModule(name);
            connect(reply, &ApiReply::finished, this, [this, index, reply] {
                m_results[index].writeOk = reply->ok();
                m_results[index].writeError = reply->error();
            });
            return reply;
        });
        auto readBack = valueStep([name](AdminRestClient* c) { return c->module(name); },
            [this, index](const ModuleState& state) {
                m_results[index].stateKnown = true;
                m_results[index].loaded = state.loaded;
            });
        addItem(name, {write, readBack});
        setStepMayFail(index, 0);
    }
    // Judged before the pane hears of the item (connected first).
    connect(this, &Operation::itemChanged, this, [this](int index) {
        if (outcome(index).status != Status::Running)
            judge(index);
    });
}

void ChangeModules::judge(int index)
{
    const Result& result = m_results.at(index);
    const bool wanted = m_change == Change::Load;
    bool changed = result.writeOk;
    if (result.stateKnown) {
        changed = result.loaded == wanted;
    } else if (m_change == Change::Unload && outcome(index).label == ModulesModel::adminRestModule()
        && result.writeOk) {
        // The API went away with the module: the read-back cannot be answered any more.
        m_results[index].stateKnown = true;
        m_results[index].loaded = false;
        m_adminRestGone = true;
    }
    m_changed[index] = changed && outcome(index).status != Status::NotStarted;
}

bool ChangeModules::changed(int index) const
{
    return m_changed.at(index);
}

QStringList ChangeModules::changedModules() const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (m_changed.at(i))
            found << outcome(i).label;
    }
    return found;
}

QStringList ChangeModules::unchangedModules() const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (!m_changed.at(i))
            found << outcome(i).label;
    }
    return found;
}

ApiError ChangeModules::firstProblem() const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (m_changed.at(i))
            continue;
        if (m_results.at(i).writeError.isError())
            return m_results.at(i).writeError;
        if (outcome(i).status == Status::Failed)
            return outcome(i).error;
    }
    return {};
}
