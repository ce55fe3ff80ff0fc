// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "invitations/InvitationsPane.h"

#include "ui_InvitationsPane.h"

#include "invitations/CreateInvitationDialog.h"
#include "invitations/InvitationCard.h"
#include "models/InvitationsModel.h"
#include "models/PendingDeletionsModel.h"
#include "operations/CreateInvitations.h"
#include "operations/RestoreAccounts.h"
#include "operations/RevokeInvitations.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace {
// Why the server lacks a feature, from GET /info, or a general sentence.
QString unavailableReason(const Capabilities& capabilities, const QString& feature, const QString& fallback)
{
    const QString reason = capabilities.unavailableFeatures.value(feature);
    return reason.isEmpty() ? fallback : InvitationsPane::tr("Unavailable on this server: %1").arg(reason);
}
} // namespace

InvitationsPane::InvitationsPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::InvitationsPane>())
    , m_model(new InvitationsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_pending(new PendingDeletionsModel(this))
    , m_scope(new RequestScope(this))
    , m_pendingScope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    m_card = new InvitationCard(m_ui->cardHost);
    m_ui->cardHost->layout()->addWidget(m_card);
    addContextAction(m_ui->invitationsView, m_ui->revokeButton, QKeySequence::Delete);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvitationsModel::SortRole);
    m_ui->invitationsView->setModel(m_proxy);
    m_ui->invitationsView->sortByColumn(InvitationsModel::ExpiresColumn, Qt::AscendingOrder);
    m_ui->invitationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->pendingView->setModel(m_pending);
    m_ui->pendingView->horizontalHeader()->setStretchLastSection(true);
    // The list and its card take the height; the table the width the dates need.
    m_ui->verticalLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->createButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->revokeButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));

    connect(m_ui->createButton, &QPushButton::clicked, this, &InvitationsPane::createInvitation);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &InvitationsPane::revokeSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &InvitationsPane::restoreSelected);
    connect(m_ui->invitationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_ui->pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InvitationsPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &InvitationsPane::updateActions);
    updateState();
    updateActions();
}

InvitationsPane::~InvitationsPane() = default;

QString InvitationsPane::title()
{
    return tr("Invitations");
}

QIcon InvitationsPane::icon()
{
    return QIcon(QStringLiteral(":/icons/add.svg"));
}

void InvitationsPane::sessionDisconnected()
{
    m_scope->reset();
    m_pendingScope->reset();
    m_busy = 0;
    m_model->clear();
    m_pending->clear();
    m_card->setInvitation({});
    updateState();
    updateActions();
}

void InvitationsPane::refresh()
{
    updateState();
    if (!isConnected())
        return;
    loadInvitations();
    loadPendingDeletions();
}

void InvitationsPane::loadInvitations()
{
    if (!session()->capabilities().invitations)
        return;
    m_scope->reset();
    m_busy = 0;
    auto* reply = session()->invitations();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not read the invitations."));
            return;
        }
        m_model->setInvitations(reply->value());
        showSelected();
        updateActions();
        session()->markRefreshed();
    });
}

void InvitationsPane::loadPendingDeletions()
{
    if (!session()->capabilities().pendingDeletions)
        return;
    m_pendingScope->reset();
    auto* reply = session()->pendingDeletions();
    m_pendingScope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not read the accounts pending deletion."));
            return;
        }
        m_pending->setPending(reply->value());
        m_ui->pendingView->resizeColumnsToContents();
        updateActions();
    });
}

void InvitationsPane::createInvitation()
{
    if (!isConnected() || session()->isReadOnly() || !session()->capabilities().invitations)
        return;
    const Capabilities& capabilities = session()->capabilities();
    auto* dialog = new CreateInvitationDialog(capabilities.availableRoles, capabilities.groupListing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, m_scope->guard([this, dialog] {
        auto* creation = new CreateInvitations(session(), {dialog->request()}, this);
        ++m_busy;
        connect(creation, &Operation::finished, creation, &QObject::deleteLater);
        m_scope->on(creation, &Operation::finished, [this, creation] {
            --m_busy;
            if (creation->count(Operation::Status::Succeeded) == 1)
                created(creation->invitation(0));
            else
                showError(creation->firstError(), tr("Could not create the invitation."));
            updateActions();
        });
        creation->start();
        updateActions();
    }));
    dialog->open();
}

void InvitationsPane::created(const Invitation& invitation)
{
    m_model->addInvitation(invitation);
    const QModelIndex source = m_model->index(m_model->rowOfKey(invitation.token), 0);
    m_ui->invitationsView->selectionModel()->select(
        m_proxy->mapFromSource(source), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->invitationsView->scrollTo(m_proxy->mapFromSource(source));
    banner()->showMessage(MessageBanner::Type::Success,
        tr("Invitation created: hand over the QR code or the link below. It works until it expires or is revoked."));
}

QStringList InvitationsPane::selected(const QAbstractItemView* view, int role) const
{
    QStringList keys;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        keys << index.data(role).toString();
    return keys;
}

void InvitationsPane::showSelected()
{
    const QStringList tokens = selected(m_ui->invitationsView, InvitationsModel::TokenRole);
    const int row = tokens.size() == 1 ? m_model->rowOfKey(tokens.first()) : -1;
    m_card->setInvitation(row >= 0 ? m_model->rowAt(row) : Invitation{});
}

void InvitationsPane::revokeSelected()
{
    const QStringList tokens = selected(m_ui->invitationsView, InvitationsModel::TokenRole);
    if (tokens.isEmpty() || !isConnected() || session()->isReadOnly())
        return;
    QStringList who;
    for (const QString& token : tokens)
        who << m_model->index(m_model->rowOfKey(token), InvitationsModel::ForColumn).data().toString();
    MessageBox::confirm(this, tr("Revoke Invitations"),
        tr("Revoke %n invitation(s)? Their links stop working at once: %1", nullptr, int(tokens.size()))
            .arg(who.join(QStringLiteral(", "))),
        tr("&Revoke"), m_scope->guard([this, tokens] {
            auto* revocation = new RevokeInvitations(session(), tokens, this);
            ++m_busy;
            m_scope->on(revocation, &Operation::itemChanged, [this, revocation](int index) {
                if (revocation->outcome(index).status == Operation::Status::Succeeded)
                    m_model->removeToken(revocation->outcome(index).label);
            });
            connect(revocation, &Operation::finished, revocation, &QObject::deleteLater);
            m_scope->on(revocation, &Operation::finished, [this, revocation] {
                --m_busy;
                const int failed = revocation->count(Operation::Status::Failed);
                if (failed == 0)
                    banner()->showMessage(MessageBanner::Type::Success,
                        tr("%n invitation(s) revoked.", nullptr, revocation->count(Operation::Status::Succeeded)));
                else
                    showError(revocation->firstError(), tr("Could not revoke %n invitation(s).", nullptr, failed));
                updateActions();
            });
            revocation->start();
            updateActions();
        }));
}

void InvitationsPane::restoreSelected()
{
    const QStringList jids = selected(m_ui->pendingView, PendingDeletionsModel::JidRole);
    if (jids.isEmpty() || !isConnected() || session()->isReadOnly())
        return;
    auto* restore = new RestoreAccounts(session(), jids, this);
    ++m_busy;
    m_pendingScope->on(restore, &Operation::itemChanged, [this, restore](int index) {
        if (restore->outcome(index).status == Operation::Status::Succeeded)
            m_pending->removeJid(restore->outcome(index).label);
    });
    connect(restore, &Operation::finished, restore, &QObject::deleteLater);
    m_pendingScope->on(restore, &Operation::finished, [this, restore] {
        --m_busy;
        const QStringList restored = restore->labels(Operation::Status::Succeeded);
        if (restore->count(Operation::Status::Failed) == 0)
            banner()->showMessage(MessageBanner::Type::Success,
                tr("Restored, enabled again with everything they had: %1").arg(restored.join(QStringLiteral(", "))));
        else
            showError(restore->firstError(), tr("Could not restore every account."));
        updateActions();
    });
    restore->start();
    updateActions();
}

void InvitationsPane::updateState()
{
    const Capabilities& capabilities = session()->capabilities();
    const bool connected = isConnected();
    const bool invitations = connected && capabilities.invitations;
    const bool pending = connected && capabilities.pendingDeletions;
    m_ui->invitationsNote->setText(!connected || invitations
            ? QString()
            : unavailableReason(capabilities, QStringLiteral("invitations"),
                tr("This server's admin module has no invitations (it needs this project's module and "
                   "mod_invites).")));
    m_ui->invitationsNote->setVisible(!m_ui->invitationsNote->text().isEmpty());
    m_ui->pendingNote->setText(pending
            ? tr("Deleted accounts stay restorable until the server's grace period ends; then they are gone for "
                 "good.")
            : connected ? unavailableReason(capabilities, QStringLiteral("pending-deletions"),
                  tr("This server deletes accounts at once: no grace period (Prosody 13 with "
                     "mod_user_account_management and registration_delete_grace_period)."))
                        : QString());
    m_ui->invitationsView->setEnabled(invitations);
    m_ui->pendingView->setEnabled(pending);
}

void InvitationsPane::updateActions()
{
    const Capabilities& capabilities = session()->capabilities();
    const bool writable = isConnected() && !session()->isReadOnly() && m_busy == 0;
    const QString readOnly = session()->isReadOnly() ? tr("This profile is read-only.") : QString();
    const QString noInvites = unavailableReason(capabilities, QStringLiteral("invitations"), QString());
    const QString noPending = unavailableReason(capabilities, QStringLiteral("pending-deletions"), QString());
    m_ui->createButton->setEnabled(writable && capabilities.invitations);
    m_ui->createButton->setToolTip(!readOnly.isEmpty() ? readOnly : noInvites);
    m_ui->revokeButton->setEnabled(
        writable && capabilities.invitations && m_ui->invitationsView->selectionModel()->hasSelection());
    m_ui->revokeButton->setToolTip(!readOnly.isEmpty() ? readOnly : noInvites);
    m_ui->restoreButton->setEnabled(
        writable && capabilities.pendingDeletions && m_ui->pendingView->selectionModel()->hasSelection());
    m_ui->restoreButton->setToolTip(!readOnly.isEmpty() ? readOnly : noPending);
}
