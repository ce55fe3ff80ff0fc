// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class ServerSession;
namespace Ui {
class ChangePasswordDialog;
}

// Sets a new password for one user: typed twice or generated; refuses an empty one and warns
// about leading or trailing spaces. Server errors stay in the dialog; it closes once the server
// accepted the change.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(ServerSession* session, const QString& jid, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    QString jid() const { return m_jid; }

signals:
    void passwordChanged(const QString& jid);

private:
    void submit();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QPointer<ServerSession> m_session;
    QString m_jid;
    bool m_busy = false;
};
