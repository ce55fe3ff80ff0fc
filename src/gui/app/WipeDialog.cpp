// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/WipeDialog.h"

#include "ui_WipeDialog.h"

#include <QPushButton>

#include "operations/WipeServer.h"
#include "session/ServerSession.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainText.h"

WipeDialog::WipeDialog(ServerSession* session, Target target, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WipeDialog>())
    , m_session(session)
    , m_target(target)
    , m_host(session ? session->domain() : QString())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("wipeDialog"));
    m_ui->banner->hide();
    const bool data = target == Target::Data;
    setWindowTitle(data ? tr("Wipe Server Data") : tr("Wipe Certificates"));
    PlainText::setText(m_ui->warningLabel,
        data ? tr("This deletes everything in the data directory of the server behind %1: every account (yours "
                  "included: this console loses access), roster, offline message, vCard and module's data, for "
                  "every host of that server. Prosody must be restarted afterwards. It cannot be undone.")
                   .arg(m_host)
             : tr("This deletes every certificate and key in the certificate directory of the server behind %1. "
                  "Clients cannot connect securely until new certificates are installed and Prosody is "
                  "restarted. It cannot be undone.")
                   .arg(m_host));
    // Rich text of ours (the bold name), the name escaped. What is typed is compared with m_host itself.
    m_ui->confirmLabel->setText(tr("Type the host name <b>%1</b> to confirm:").arg(PlainText::inMarkup(m_host)));
    m_wipeButton = m_ui->buttonBox->addButton(
        data ? tr("&Wipe All Data") : tr("&Wipe Certificates"), QDialogButtonBox::DestructiveRole);
    m_wipeButton->setObjectName(QStringLiteral("wipeButton"));
    connect(m_wipeButton, &QPushButton::clicked, this, &WipeDialog::wipe);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &WipeDialog::updateButton);
    if (session) {
        connect(session, &ServerSession::stateChanged, this, &WipeDialog::updateButton);
        connect(session, &ServerSession::readOnlyChanged, this, &WipeDialog::updateButton);
    }
    updateButton();
}

WipeDialog::~WipeDialog() = default;

WipeDialog* WipeDialog::openFor(ServerSession* session, Target target, QWidget* parent)
{
    auto* dialog = new WipeDialog(session, target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void WipeDialog::updateButton()
{
    QString why;
    if (!m_session || !m_session->hasServer() || m_session->state() != ServerSession::State::Connected)
        why = tr("Not connected to a server.");
    else if (m_session->isReadOnly())
        why = tr("This connection is read-only.");
    else if (!m_session->capabilities().wipes)
        why = tr("This server's admin_rest has no wipe routes.");
    else if (m_ui->hostEdit->text() != m_host)
        why = tr("Type the host name exactly as shown.");
    m_wipeButton->setEnabled(why.isEmpty() && !m_running);
    m_wipeButton->setToolTip(why);
}

void WipeDialog::wipe()
{
    if (!m_wipeButton->isEnabled())
        return;
    auto* wipe = new WipeServer(
        m_session, m_target == Target::Data ? WipeServer::Target::Data : WipeServer::Target::Certificates, this);
    m_running = true;
    updateButton();
    connect(wipe, &Operation::finished, this, [this, wipe] {
        wipe->deleteLater();
        m_running = false;
        const bool ok = wipe->succeeded();
        const ApiError error = wipe->firstError();
        if (ok) {
            m_ui->banner->showMessage(MessageBanner::Type::Success,
                tr("%1 Restart Prosody now.")
                    .arg(wipe->outcome(0).message.isEmpty() ? tr("Wiped.") : wipe->outcome(0).message));
            m_ui->hostEdit->clear();
        } else if (error.httpStatus == 403) {
            m_ui->banner->showMessage(MessageBanner::Type::Error,
                tr("The server refused: %1. Wiping is off unless the server's configuration sets "
                   "admin_rest_allow_wipe = true.")
                    .arg(error.serverMessage));
        } else {
            m_ui->banner->showMessage(MessageBanner::Type::Error, error.userMessage());
        }
        updateButton();
        emit finished(ok);
    });
    wipe->start();
}
