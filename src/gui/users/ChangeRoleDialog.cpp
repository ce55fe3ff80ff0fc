// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/ChangeRoleDialog.h"

#include "ui_ChangeRoleDialog.h"

#include <QPushButton>

#include "api/Capabilities.h"
#include "operations/SetUserRoles.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

ChangeRoleDialog::ChangeRoleDialog(ServerSession* session, const QStringList& jids, const QStringList& knownRoles,
    const QString& currentRole, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeRoleDialog>())
    , m_session(session)
    , m_jids(jids)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    PlainText::setText(m_ui->introLabel,
        jids.size() == 1
            ? tr("New role for %1:").arg(jids.first())
            : tr("New role for %n users: %1", nullptr, int(jids.size())).arg(jids.join(QStringLiteral(", "))));
    // Only the roles this server has: listed by our module, else the built-in roles of its Prosody
    // series plus any other role its users hold (a published module cannot list custom roles,
    // so one can be typed there).
    const Capabilities caps = session ? session->capabilities() : Capabilities{};
    m_serverRoles
        = caps.availableRoles.isEmpty() ? Capabilities::builtInRoles(caps.prosodySeries) : caps.availableRoles;
    QStringList roles = m_serverRoles;
    if (!caps.rolesListedByServer) {
        for (const QString& role : knownRoles) {
            if (!roles.contains(role))
                roles.append(role);
        }
        m_ui->roleHint->showNote(
            tr("The built-in roles of Prosody %1. This server's module does not list its roles: a role the server "
               "does not have is refused.")
                .arg(caps.prosodySeries.isEmpty() ? QStringLiteral("0.12") : caps.prosodySeries));
    }
    m_ui->roleCombo->setEditable(!caps.rolesListedByServer);
    m_ui->roleCombo->addItems(roles);
    if (!currentRole.isEmpty())
        m_ui->roleCombo->setCurrentText(currentRole);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Role"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->roleCombo, &QComboBox::editTextChanged, m_ui->roleHint, &InputHintLabel::clearHint);
}

ChangeRoleDialog::~ChangeRoleDialog() = default;

void ChangeRoleDialog::submit()
{
    if (m_change)
        return;
    const QString role = m_ui->roleCombo->currentText().trimmed();
    if (role.isEmpty()) {
        m_ui->roleHint->showError(tr("Choose or type a role, for example prosody:admin."));
        return;
    }
    if (role.contains(QLatin1Char(' '))) {
        m_ui->roleHint->showError(tr("A role id contains no spaces, for example prosody:admin."));
        return;
    }
    if (!m_session || !m_session->hasServer()) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, tr("Not connected to a server."));
        return;
    }
    m_ui->banner->hide();
    // After a partial failure, a new attempt goes to every user again: setting a role is idempotent.
    auto* change = new SetUserRoles(m_session, m_jids, role, this);
    m_change = change;
    connect(change, &Operation::itemChanged, this, [this, change](int index) {
        const Operation::Outcome& outcome = change->outcome(index);
        if (outcome.status == Operation::Status::Succeeded)
            emit roleChanged(outcome.label, change->role());
    });
    connect(change, &Operation::finished, this, [this, change] {
        m_change = nullptr;
        change->deleteLater();
        setBusy(false);
        if (change->count(Operation::Status::Succeeded) == change->itemCount()) {
            accept();
            return;
        }
        reportFailures(*change);
    });
    setBusy(true);
    change->start();
}

void ChangeRoleDialog::reportFailures(const SetUserRoles& change)
{
    QStringList failures;
    for (int i = 0; i < change.itemCount(); ++i) {
        const Operation::Outcome& outcome = change.outcome(i);
        if (outcome.status != Operation::Status::Failed)
            continue;
        if (!m_serverRoles.contains(change.role()) && outcome.error.httpStatus >= 500) {
            // The published module fails with an internal error on a role the server lacks.
            failures.append(tr("%1: not changed. The server has no role “%2” (its roles: %3); it answered: %4")
                                .arg(outcome.label, change.role(), m_serverRoles.join(QStringLiteral(", ")),
                                    outcome.error.userMessage()));
        } else {
            failures.append(tr("%1: not changed: %2").arg(outcome.label, outcome.error.userMessage()));
        }
    }
    if (!failures.isEmpty())
        m_ui->banner->showMessage(MessageBanner::Type::Error, failures.join(QLatin1Char('\n')));
}

void ChangeRoleDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->roleCombo->setEnabled(!busy);
}
