// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <memory>

class ServerSession;
class SetUserRoles;
namespace Ui {
class ChangeRoleDialog;
}

// Sets the primary role of one or more users with a SetUserRoles operation (PATCH /user/<u>/role,
// one call after the other).
// Offers the roles the server has (Capabilities::availableRoles: listed by our module, else the
// built-in roles of the server's Prosody series, where other roles the users hold are added and any
// role id can be typed). A refusal is explained and never shown as done. Stays open with the failures
// listed when the server refused some; closes when all succeeded.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(ServerSession* session, const QStringList& jids, const QStringList& knownRoles,
        const QString& currentRole, QWidget* parent = nullptr);
    ~ChangeRoleDialog() override;

signals:
    void roleChanged(const QString& jid, const QString& role);

private:
    void submit();
    void reportFailures(const SetUserRoles& change);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ChangeRoleDialog> m_ui;
    QPointer<ServerSession> m_session;
    QStringList m_jids;
    QStringList m_serverRoles;
    QPointer<SetUserRoles> m_change; // while it runs
};
