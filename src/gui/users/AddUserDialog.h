// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ServerSession;
namespace Ui {
class AddUserDialog;
}

// Creates one account: a user name checked with JidValidator, a password typed twice or generated,
// an optional registration address. Asks the server whether the user exists first, because
// POST /user/<u> on an existing user silently replaces its password: that needs a confirmation.
// Errors stay in the dialog, next to what was typed; it closes only once the server said yes.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(ServerSession* session, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    bool isBusy() const { return m_busy; }

signals:
    // The account exists now with the password entered (result says whether it was replaced).
    void userAdded(const QString& jid, CreateUserResult result);

private:
    void submit();
    void create();
    void setBusy(bool busy);
    void showServerError(const ApiError& error, const QString& context);

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    QPointer<ServerSession> m_session;
    QString m_user; // as sent: the normalised localpart or bare JID
    QString m_jid; // bare JID for the user's eyes and the model
    bool m_busy = false;
};
