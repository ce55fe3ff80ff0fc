// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/AccountStateActions.h"

#include "invitations/InvitationDialog.h"
#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"
#include "operations/CreateResetInvitations.h"
#include "operations/SetAccountsEnabled.h"
#include "session/ServerSession.h"
#include "users/DisableAccountsDialog.h"
#include "users/UsersPane.h"
#include "widgets/MessageBox.h"
#include "widgets/ToolRow.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QTableView>
#include <QToolButton>

namespace {
constexpr int ListedInConfirmation = 10;

QString unavailable(const ServerSession* session, const QString& feature, const QString& fallback)
{
    const QString reason = session->capabilities().unavailableFeatures.value(feature);
    return reason.isEmpty() ? fallback : AccountStateActions::tr("Unavailable on this server: %1").arg(reason);
}
} // namespace

AccountStateActions::AccountStateActions(UsersPane* pane, QTableView* view)
    : QObject(pane)
    , m_pane(pane)
    , m_view(view)
{
    auto make = [this, pane](const QString& text, const QString& icon, void (AccountStateActions::*slot)()) {
        auto* action = new QAction(QIcon(icon), text, this);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        pane->addAction(action);
        return action;
    };
    m_disable = make(tr("D&isable…"), QStringLiteral(":/icons/remove.svg"), &AccountStateActions::disableSelected);
    m_enable = make(tr("E&nable"), QStringLiteral(":/icons/add.svg"), &AccountStateActions::enableSelected);
    m_reset = make(
        tr("Send Reset &Invitation…"), QStringLiteral(":/icons/key.svg"), &AccountStateActions::sendResetInvitation);
    connect(pane->session(), &ServerSession::readOnlyChanged, this, &AccountStateActions::updateActions);
    connect(pane->session(), &ServerSession::connected, this, &AccountStateActions::updateActions);
    connect(pane->session(), &ServerSession::stateChanged, this, &AccountStateActions::updateActions);
    updateActions();
}

void AccountStateActions::addToolButtons(QBoxLayout* layout, int index)
{
    for (QAction* action : {m_disable, m_enable, m_reset}) {
        auto* button = new QToolButton(m_pane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setObjectName(action == m_disable ? QStringLiteral("disableButton")
                : action == m_enable              ? QStringLiteral("enableButton")
                                                  : QStringLiteral("resetInvitationButton"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        layout->insertWidget(index, button);
        ToolRow::followInTabOrder(layout, index++);
    }
}

void AccountStateActions::addEnabledFilter(QBoxLayout* layout, int index, UsersFilterProxy* proxy)
{
    m_filter = new QComboBox(m_pane);
    m_filter->setObjectName(QStringLiteral("enabledFilterCombo"));
    m_filter->setAccessibleName(tr("Show enabled or disabled accounts"));
    m_filter->addItem(tr("All accounts"), int(UsersFilterProxy::EnabledFilter::All));
    m_filter->addItem(tr("Enabled only"), int(UsersFilterProxy::EnabledFilter::Enabled));
    m_filter->addItem(tr("Disabled only"), int(UsersFilterProxy::EnabledFilter::Disabled));
    connect(m_filter, &QComboBox::currentIndexChanged, proxy,
        [this, proxy] { proxy->setEnabledFilter(UsersFilterProxy::EnabledFilter(m_filter->currentData().toInt())); });
    layout->insertWidget(index, m_filter);
    ToolRow::followInTabOrder(layout, index);
    updateActions();
}

void AccountStateActions::updateActions()
{
    if (!m_pane)
        return;
    const ServerSession* session = m_pane->session();
    const Capabilities& capabilities = session->capabilities();
    const bool connected = session->state() == ServerSession::State::Connected;
    const int selected = connected ? int(m_pane->selectedJids().size()) : 0;
    const bool writable = connected && !session->isReadOnly() && m_busy == 0;
    const QString readOnly = session->isReadOnly() ? tr("This profile is read-only.") : QString();
    const QString noDisable = unavailable(
        session, QStringLiteral("account-disable"), tr("Disabling accounts needs this project's admin_rest module."));
    const QString noInvites = unavailable(session, QStringLiteral("invitations"),
        tr("Invitations need this project's admin_rest module and mod_invites."));
    const bool canDisable = capabilities.accountDisable;
    const bool canInvite = capabilities.invitations;
    if (m_view)
        m_view->setColumnHidden(UsersModel::EnabledColumn, !(connected && canDisable));
    if (m_filter) {
        m_filter->setEnabled(connected && canDisable);
        m_filter->setToolTip(connected && !canDisable ? noDisable : QString());
    }
    m_disable->setEnabled(writable && canDisable && selected > 0);
    m_enable->setEnabled(writable && canDisable && selected > 0);
    m_reset->setEnabled(writable && canInvite && selected == 1);
    for (QAction* action : {m_disable, m_enable})
        action->setToolTip(!readOnly.isEmpty() ? readOnly : connected && !canDisable ? noDisable : QString());
    m_reset->setToolTip(!readOnly.isEmpty() ? readOnly
            : connected && !canInvite       ? noInvites
                                            : tr("An invitation with which the selected user sets a new password."));
}

void AccountStateActions::disableSelected()
{
    if (!m_disable->isEnabled())
        return;
    const QStringList jids = m_pane->selectedJids();
    const UsersModel* model = m_pane->model();
    QStringList affected;
    for (const QString& jid : jids) {
        const int sessions = model->index(model->rowOfKey(jid), 0).data(UsersModel::SessionCountRole).toInt();
        affected << (sessions > 0 ? tr("%1 (%n session(s) will be closed)", nullptr, sessions).arg(jid) : jid);
    }
    auto* dialog = new DisableAccountsDialog(affected, m_pane);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, jids] { setEnabled(jids, false, dialog->reason()); });
    dialog->open();
}

void AccountStateActions::enableSelected()
{
    if (!m_enable->isEnabled())
        return;
    const QStringList jids = m_pane->selectedJids();
    QString names = jids.mid(0, ListedInConfirmation).join(QStringLiteral(", "));
    if (jids.size() > ListedInConfirmation)
        names = tr("%1 and %n more", nullptr, int(jids.size()) - ListedInConfirmation).arg(names);
    MessageBox::confirm(
        m_pane, tr("Enable Accounts"),
        tr("Enable %n account(s)? They can sign in again: %1", nullptr, int(jids.size())).arg(names), tr("&Enable"),
        [this, jids] { setEnabled(jids, true, {}); }, QMessageBox::Question);
}

void AccountStateActions::setEnabled(const QStringList& jids, bool enabled, const QString& reason)
{
    if (!m_pane || m_pane->session()->state() != ServerSession::State::Connected)
        return;
    auto* change = new SetAccountsEnabled(m_pane->session(), jids, enabled, reason, this);
    ++m_busy;
    connect(change, &Operation::itemChanged, this, [this, change](int index) {
        if (m_pane && change->outcome(index).status == Operation::Status::Succeeded)
            m_pane->model()->setEnabled(change->outcome(index).label, change->enabling());
    });
    connect(change, &Operation::finished, this, [this, change] {
        --m_busy;
        change->deleteLater();
        const int done = change->count(Operation::Status::Succeeded);
        const QStringList failed = change->labels(Operation::Status::Failed);
        if (!failed.isEmpty()) {
            m_pane->banner()->showMessage(MessageBanner::Type::Error,
                tr("%n account(s) could not be changed: %1", nullptr, int(failed.size()))
                        .arg(failed.join(QStringLiteral(", ")))
                    + QLatin1Char('\n') + change->firstError().userMessage());
        } else if (change->enabling()) {
            m_pane->banner()->showMessage(MessageBanner::Type::Success, tr("Enabled %n account(s).", nullptr, done));
        } else {
            m_pane->banner()->showMessage(MessageBanner::Type::Success,
                tr("Disabled %n account(s); %1 session(s) closed.", nullptr, done).arg(change->sessionsClosed()));
        }
        updateActions();
        emit accountsChanged();
    });
    change->start();
    updateActions();
}

void AccountStateActions::sendResetInvitation()
{
    if (!m_reset->isEnabled())
        return;
    const QStringList jids = m_pane->selectedJids();
    auto* creation = new CreateResetInvitations(m_pane->session(), jids.mid(0, 1), this);
    ++m_busy;
    connect(creation, &Operation::finished, this, [this, creation] {
        --m_busy;
        creation->deleteLater();
        updateActions();
        if (creation->count(Operation::Status::Succeeded) != 1) {
            m_pane->banner()->showMessage(MessageBanner::Type::Error,
                tr("Could not create a reset invitation: %1").arg(creation->firstError().userMessage()));
            return;
        }
        auto* dialog = new InvitationDialog(creation->invitation(0), m_pane);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Password Reset Invitation"));
        dialog->open();
    });
    creation->start();
    updateActions();
}
