// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/ChangeModules.h"
#include "widgets/Pane.h"

#include <QPointer>

#include <memory>

class ModulesModel;
class QSortFilterProxyModel;
class RequestScope;
namespace Ui {
class ModulesPane;
}

// The host's modules with their state: check any module by name, load, reload and unload. After every
// change the state is read back from the server (the published versions answer a successful unload
// with a 500), and unloading admin_rest itself, which cuts the console off, is confirmed as such.
class ModulesPane : public Pane
{
    Q_OBJECT
public:
    explicit ModulesPane(ServerSession* session, QWidget* parent = nullptr);
    ~ModulesPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    ModulesModel* model() const { return m_model; }

protected:
    void sessionDisconnected() override;

private:
    // The module name typed in the field, validated; empty (with the reason shown) when invalid.
    QString typedName();
    void checkTyped();
    void loadTyped();
    void loadSelected();
    void unloadSelected();
    QStringList selectedNames() const;
    // Loads (or unloads) the modules one after the other, reading each one's state back.
    void start(ChangeModules::Change change, const QStringList& names);
    void finishBatch(const ChangeModules& change, const QStringList& wasLoaded);
    void selectModule(const QString& name);
    void updateCount();
    void updateActions();

    std::unique_ptr<Ui::ModulesPane> m_ui;
    ModulesModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequestScope* m_scope = nullptr; // the list's replies and the checks by name
    RequestScope* m_changesScope = nullptr; // the batches' outcomes, until the server changes
    QPointer<ChangeModules> m_changing; // the last batch started
    int m_running = 0; // batches under way: their buttons stay disabled
};
