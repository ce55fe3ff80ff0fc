// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

#include "input/UserReference.h"
#include "operations/ChangePassword.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

ChangePasswordDialog::ChangePasswordDialog(ServerSession* session, const QString& jid, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_session(session)
    , m_jid(jid)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    PlainText::setWindowTitle(this, tr("Change Password of %1").arg(jid));
    PlainText::setText(m_ui->introLabel, tr("New password for %1:").arg(jid));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordFields->focusPassword();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    m_ui->banner->hide();
    if (!m_ui->passwordFields->checkBeforeSubmit())
        return;
    if (!m_session || !m_session->hasServer()) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, tr("Not connected to a server."));
        return;
    }
    setBusy(true);
    auto* change = new ChangePassword(m_session, m_jid, m_ui->passwordFields->password(), this);
    connect(change, &Operation::finished, this, [this, change] {
        change->deleteLater();
        setBusy(false);
        if (!change->succeeded()) {
            m_ui->banner->showError(change->firstError(), tr("Could not change the password of %1.").arg(m_jid));
            return;
        }
        emit passwordChanged(m_jid);
        accept();
    });
    change->start();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->passwordFields->setEnabledForInput(!busy);
}
