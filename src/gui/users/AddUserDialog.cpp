// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/AddUserDialog.h"

#include "ui_AddUserDialog.h"

#include <QHostAddress>
#include <QPushButton>

#include "input/JidValidator.h"
#include "input/UserReference.h"
#include "operations/AddUser.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

AddUserDialog::AddUserDialog(ServerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUserDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
    if (session && session->hasServer())
        PlainText::setText(m_ui->domainLabel, QLatin1Char('@') + session->domain());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->userEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Say at once what is wrong with a name; the empty field is only an error on submit.
        const JidValidator::Result check = JidValidator::checkUser(text);
        if (text.trimmed().isEmpty())
            m_ui->userHint->clearHint();
        else if (!check.valid)
            m_ui->userHint->showError(check.message);
        else
            m_ui->userHint->showNote(check.message);
    });
    connect(m_ui->regIpEdit, &QLineEdit::textEdited, m_ui->regIpHint, &InputHintLabel::clearHint);
    m_ui->userEdit->setFocus();
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::submit()
{
    if (m_busy)
        return;
    m_ui->banner->hide();
    const JidValidator::Result check = JidValidator::checkUser(m_ui->userEdit->text());
    if (!check.valid) {
        m_ui->userHint->showError(check.message);
        m_ui->userEdit->setFocus();
        return;
    }
    m_ui->userHint->showNote(check.message); // how the name is stored, or nothing
    if (!m_ui->passwordFields->checkBeforeSubmit())
        return;
    const QString ip = m_ui->regIpEdit->text().trimmed();
    if (!ip.isEmpty() && QHostAddress(ip).isNull()) {
        m_ui->regIpHint->showError(
            tr("“%1” is not an IP address. Enter an IPv4 or IPv6 address, or leave the field empty.").arg(ip));
        m_ui->regIpEdit->setFocus();
        return;
    }
    if (!m_session || !m_session->hasServer()) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, tr("Not connected to a server."));
        return;
    }
    const QString domain = m_session->domain();
    m_jid
        = check.normalized.contains(QLatin1Char('@')) ? check.normalized : check.normalized + QLatin1Char('@') + domain;
    m_user = UserReference::forPath(m_jid, domain);

    setBusy(true);
    auto* existing = m_session->user(m_user);
    connect(existing, &ApiReply::finished, this, [this, existing] {
        if (existing->ok()) {
            setBusy(false);
            MessageBox::confirm(this, tr("Replace Password?"),
                tr("%1 already exists. Adding it again replaces its password with the one you entered.").arg(m_jid),
                tr("Replace Password"), [this] {
                    setBusy(true);
                    create();
                });
            return;
        }
        if (existing->error().kind == ApiError::Kind::NotFound) {
            create();
            return;
        }
        setBusy(false);
        showServerError(existing->error(), tr("Could not check whether %1 exists.").arg(m_jid));
    });
}

void AddUserDialog::create()
{
    if (!m_session || !m_session->hasServer()) {
        setBusy(false);
        return;
    }
    auto* add
        = new AddUser(m_session, m_jid, m_ui->passwordFields->password(), m_ui->regIpEdit->text().trimmed(), this);
    connect(add, &Operation::finished, this, [this, add] {
        add->deleteLater();
        setBusy(false);
        if (!add->succeeded()) {
            showServerError(add->firstError(), tr("Could not add %1.").arg(m_jid));
            return;
        }
        emit userAdded(m_jid, add->result());
        accept();
    });
    add->start();
}

void AddUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->userEdit->setReadOnly(busy);
    m_ui->regIpEdit->setReadOnly(busy);
    m_ui->passwordFields->setEnabledForInput(!busy);
    if (busy)
        m_ui->banner->showMessage(MessageBanner::Type::Information, tr("Adding %1…").arg(m_jid));
    else if (m_ui->banner->type() == MessageBanner::Type::Information)
        m_ui->banner->hide();
}

void AddUserDialog::showServerError(const ApiError& error, const QString& context)
{
    m_ui->banner->showError(error, context);
}
