// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <memory>

class QCompleter;
class QSortFilterProxyModel;
class RemoveRosterContacts;
class RequestScope;
class RosterModel;
class UserDirectory;
namespace Ui {
class RostersPane;
}

// One user's roster: pick a user (completed from the host's users), see the contacts, add or remove
// contacts. The API changes both rosters at once (a mutual subscription), and the pane says so first.
class RostersPane : public Pane
{
    Q_OBJECT
public:
    explicit RostersPane(ServerSession* session, QWidget* parent = nullptr);
    ~RostersPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    RosterModel* model() const { return m_model; }

protected:
    void sessionDisconnected() override;

private:
    // Validates the user field and shows that user's roster.
    void showRoster();
    void loadRoster(const QString& owner);
    void addContact();
    void removeSelectedContacts();
    void reportRemovals(const RemoveRosterContacts& removal);
    void updateActions();
    // What the API wants in a path for a user of this host (its localpart) or of another host (the JID).
    QString pathUserFor(const QString& bareJid) const;

    std::unique_ptr<Ui::RostersPane> m_ui;
    RosterModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    UserDirectory* m_users = nullptr;
    QCompleter* m_userCompleter = nullptr;
    QCompleter* m_contactCompleter = nullptr;
    // The roster's replies: an answer for an older request never overwrites a newer one.
    RequestScope* m_scope = nullptr;
};
