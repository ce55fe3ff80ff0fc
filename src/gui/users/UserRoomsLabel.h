// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLabel;
class RequestScope;
class ServerSession;

// The rooms one user is in right now (our rooms extension), shown in a label under the user's
// sessions in the Users pane; hidden where the server has no rooms or no single user is selected.
class UserRoomsLabel : public QObject
{
    Q_OBJECT
public:
    UserRoomsLabel(QLabel* label, QObject* parent);

    // Shows the rooms of `jid` on the session's server; a null session or an empty JID hides it.
    void show(ServerSession* session, const QString& jid);

private:
    QLabel* m_label = nullptr;
    RequestScope* m_scope = nullptr; // the user shown: an answer for an earlier one is dropped
};
