// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class RequestScope;
class DeleteUsers;
class RequestScope;
class UserRoomsLabel;
class UsersFilterProxy;
class SessionsModel;
class UsersModel;
struct ConnectedSession;
struct RegisteredUser;
namespace Ui {
class UsersPane;
}

// The host's users: registered ones where the server can list them, connected ones otherwise,
// with the selected user's sessions below. Add, delete (one or many), change password, change role
// and edit the vCard, from the toolbar, the context menu or the keyboard; writes are disabled on a
// read-only connection, and features the server lacks are disabled with a tooltip saying so.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    explicit UsersPane(ServerSession* session, QWidget* parent = nullptr);
    ~UsersPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    UsersModel* model() const { return m_model; }
    QAction* addUserAction() const { return m_addAction; }
    QAction* deleteUsersAction() const { return m_deleteAction; }
    // Shown where the server keeps deleted accounts restorable: deletes at once, for good.
    QAction* deleteImmediatelyAction() const { return m_deleteNowAction; }
    QAction* changePasswordAction() const { return m_passwordAction; }
    QAction* changeRoleAction() const { return m_roleAction; }
    QAction* editVcardAction() const { return m_vcardAction; }
    // Bare JIDs of the selected rows, in view order.
    QStringList selectedJids() const;
    // Selects the row of `jid` (if listed) and scrolls to it.
    void selectJid(const QString& jid);
    UsersFilterProxy* proxy() const { return m_proxy; }
    // Selects every row shown (e.g. the inactive accounts) and asks to delete them, listing them.
    void deleteShown();

protected:
    void sessionConnected() override;
    void sessionDisconnected() override;

private:
    void createActions();
    void updateActions();
    void loadRegisteredPage(int offset, QList<RegisteredUser> collected);
    void loadActivityPage(int offset);
    void updateInactiveFilter();
    void finishLoad();
    void showSelectedUserSessions();
    void showContextMenu(const QPoint& position);

    void addUser();
    void deleteSelected(bool immediately);
    void reportDeletions(const DeleteUsers& deletion);
    void changePassword();
    void changeRole();
    void editVcard();

    std::unique_ptr<Ui::UsersPane> m_ui;
    UsersModel* m_model = nullptr;
    UsersFilterProxy* m_proxy = nullptr;
    SessionsModel* m_sessions = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_deleteNowAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QAction* m_roleAction = nullptr;
    QAction* m_vcardAction = nullptr;
    // The current refresh's replies: an answer for an older refresh never overwrites a newer one.
    RequestScope* m_scope = nullptr;
    int m_pending = 0;
    bool m_registeredListed = false;
    bool m_loadFailed = false; // a request of the current refresh failed: the shown rows are kept
    QList<RegisteredUser> m_loadedUsers;
    QList<ConnectedSession> m_loadedSessions;
    QHash<QString, QDateTime> m_loadedActivity; // bare JID → last activity, where the server reports it
    QDateTime m_activitySince;
    bool m_activityListed = false;
    RequestScope* m_sessionsScope = nullptr; // the selected user's sessions
    UserRoomsLabel* m_userRooms = nullptr; // the rooms the one selected user is in now
    // The running multi-delete, if any: its outcomes remove rows as they come.
    QPointer<DeleteUsers> m_deletion;
};
