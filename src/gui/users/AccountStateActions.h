// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QBoxLayout;
class QComboBox;
class QTableView;
class UsersFilterProxy;
class UsersPane;

// The Users pane's account lifecycle actions, kept apart from the pane: "Disable…" (a preview of
// who is affected and the sessions that close, and a reason), "Enable", and "Send Reset
// Invitation…" (the invitation shown as a QR code and link); the Enabled column of the users table
// and its filter (all, enabled, disabled). Each action runs a core operation; each is disabled, with
// the server's reason as tooltip, where the server lacks it.
class AccountStateActions : public QObject
{
    Q_OBJECT
public:
    // `view`: the users table (its Enabled column is shown where the server reports the state).
    AccountStateActions(UsersPane* pane, QTableView* view);

    QAction* disableAction() const { return m_disable; }
    QAction* enableAction() const { return m_enable; }
    QAction* resetInvitationAction() const { return m_reset; }
    // Puts a tool button for each action into the pane's toolbar layout, from `index` on.
    void addToolButtons(QBoxLayout* layout, int index);
    // Puts the Enabled filter into the pane's filter row at `index`, acting on `proxy`.
    void addEnabledFilter(QBoxLayout* layout, int index, UsersFilterProxy* proxy);

public slots:
    void disableSelected();
    void enableSelected();
    void sendResetInvitation();
    void updateActions();

signals:
    // Accounts changed on the server: the pane should refresh.
    void accountsChanged();

private:
    void setEnabled(const QStringList& jids, bool enabled, const QString& reason);

    QPointer<UsersPane> m_pane;
    QPointer<QTableView> m_view;
    QComboBox* m_filter = nullptr;
    QAction* m_disable = nullptr;
    QAction* m_enable = nullptr;
    QAction* m_reset = nullptr;
    int m_busy = 0;
};
