#pragma once

#include "Pane.h"

#include <QList>

#include <memory>

class QSortFilterProxyModel;
class SessionsModel;
class UsersModel;
struct ConnectedSession;
struct RegisteredUser;
namespace Ui {
class UsersPane;
}

// The host's users: registered ones where the server can list them, connected ones otherwise,
// with the selected user's sessions below.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    explicit UsersPane(ServerSession* session, QWidget* parent = nullptr);
    ~UsersPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    UsersModel* model() const { return m_model; }

protected:
    void sessionDisconnected() override;

private:
    void loadRegisteredPage(quint64 generation, int offset, QList<RegisteredUser> collected);
    void finishLoad(quint64 generation);
    void showSelectedUserSessions();

    std::unique_ptr<Ui::UsersPane> m_ui;
    UsersModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    SessionsModel* m_sessions = nullptr;
    // Stale replies are ignored: an answer for an older refresh never overwrites a newer one.
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_registeredListed = false;
    QList<RegisteredUser> m_loadedUsers;
    QList<ConnectedSession> m_loadedSessions;
    quint64 m_sessionsGeneration = 0;
};
