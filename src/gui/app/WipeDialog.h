// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;
class ServerSession;
namespace Ui {
class WipeDialog;
}

// Wipes the server's data directory (DELETE /data) or certificate directory (DELETE /certs) after
// the operator typed the host's name: says what is destroyed, enables the button only on an exact
// match, and reports the server's answer (a server configured without admin_rest_allow_wipe
// refuses, and the dialog says how to allow it). Never offered on a read-only profile.
class WipeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { Data, Certificates };

    WipeDialog(ServerSession* session, Target target, QWidget* parent = nullptr);
    ~WipeDialog() override;

    // Opens the dialog, deleted when closed.
    static WipeDialog* openFor(ServerSession* session, Target target, QWidget* parent);

    void wipe();

signals:
    // The server answered (the outcome is in the banner).
    void finished(bool wiped);

private:
    void updateButton();

    std::unique_ptr<Ui::WipeDialog> m_ui;
    QPointer<ServerSession> m_session;
    Target m_target;
    QString m_host;
    QPushButton* m_wipeButton = nullptr;
    bool m_running = false;
};
