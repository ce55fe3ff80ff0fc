// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class ImportUsersDialog;
class Pane;
class QAction;
class QBoxLayout;
class QTableView;

// The Users pane's bulk actions, kept apart from the pane: "Import Users from CSV…" (opens
// ImportUsersDialog) and "Export Users as CSV…" (writes the rows the pane's table shows, filtered
// and sorted as shown, with its visible columns).
class UserBulkActions : public QObject
{
    Q_OBJECT
public:
    // `pane`: where messages are shown and dialogs are parented. `view`: the users table.
    UserBulkActions(Pane* pane, QTableView* view);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    // Puts a tool button for each action into the pane's toolbar layout, from `index` on (-1: at the end).
    void addToolButtons(QBoxLayout* layout, int index = -1);
    // The open import dialog, if any.
    ImportUsersDialog* importDialog() const;

public slots:
    void importUsers();
    void exportUsers();
    // Writes the table to `path` and says so in the pane's banner. False on failure.
    bool exportTo(const QString& path);

signals:
    // An import changed users on the server: the pane should refresh.
    void usersChanged();

private:
    void updateActions();
    QList<int> visibleColumns() const;

    QPointer<Pane> m_pane;
    QPointer<QTableView> m_view;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QPointer<ImportUsersDialog> m_dialog;
};
