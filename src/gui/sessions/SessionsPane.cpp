// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "sessions/SessionsPane.h"

#include "ui_SessionsPane.h"

#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QSortFilterProxyModel>
#include <QToolButton>

#include <memory>
#include <utility>

#include "models/SessionsModel.h"
#include "operations/KickSessions.h"
#include "operations/ReadUserSessions.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "sessions/KickDialog.h"

SessionsPane::SessionsPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::SessionsPane>())
    , m_model(new SessionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->sessionsView->setModel(m_proxy);
    m_ui->sessionsView->sortByColumn(SessionsModel::UserColumn, Qt::AscendingOrder);
    m_ui->sessionsView->horizontalHeader()->setSectionResizeMode(SessionsModel::UserColumn, QHeaderView::Stretch);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCountLabel();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPane::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsPane::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPane::updateCountLabel);

    m_ui->kickButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    addContextAction(m_ui->sessionsView, m_ui->kickButton, QKeySequence::Delete);
    connect(m_ui->kickButton, &QToolButton::clicked, this, &SessionsPane::kickSelected);
    connect(m_ui->sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SessionsPane::updateActions);
    connect(session, &ServerSession::stateChanged, this, &SessionsPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &SessionsPane::updateActions);
    updateActions();
}

SessionsPane::~SessionsPane() = default;

QString SessionsPane::title()
{
    return tr("Sessions");
}

QIcon SessionsPane::icon()
{
    return QIcon(QStringLiteral(":/icons/sessions.svg"));
}

void SessionsPane::sessionDisconnected()
{
    m_scope->reset();
    cancelDetails();
    m_loading = false;
    m_connectedUsers = -1;
    m_model->clear();
    m_ui->detailsLabel->clear();
    updateCountLabel();
}

void SessionsPane::refresh()
{
    if (!isConnected())
        return;
    m_scope->reset();
    // The previous refresh's detail requests are cancelled (their answers would be stale anyway),
    // so no more than DetailConcurrency are ever in flight.
    cancelDetails();
    m_detailFailures = 0;
    m_listDone = false;
    m_countDone = false;
    m_loading = true;

    auto* count = session()->connectedUserCount();
    m_scope->onFinished(count, [this, count] {
        m_countDone = true;
        if (count->ok())
            m_connectedUsers = count->value();
        else
            showError(count->error(), tr("Could not count the connected users."));
        updateCountLabel();
        finishIfDone();
    });

    auto* list = session()->connectedSessions();
    m_scope->onFinished(list, [this, list] {
        m_listDone = true;
        if (!list->ok()) {
            showError(list->error(), tr("Could not list the connected sessions."));
            finishIfDone();
            return;
        }
        m_model->setConnectedSessions(list->value(), session()->domain());
        readDetails(m_model->users());
        finishIfDone();
    });
}

void SessionsPane::readDetails(const QStringList& users)
{
    m_ui->detailsLabel->setText(
        users.isEmpty() ? QString() : tr("Reading the details of %n user(s)…", nullptr, int(users.size())));
    if (users.isEmpty())
        return;
    auto* details = new ReadUserSessions(session(), users, this);
    m_details = details;
    connect(details, &Operation::finished, details, &QObject::deleteLater);
    m_scope->on(details, &Operation::itemChanged, [this, details](int index) {
        const Operation::Outcome& outcome = details->outcome(index);
        if (outcome.status == Operation::Status::Succeeded) {
            m_model->updateUserSessions(outcome.label, details->sessions(index));
        } else if (details->wasGone(index)) {
            // Deleted since the listing: its sessions are gone with it.
            m_model->updateUserSessions(outcome.label, {});
        } else if (outcome.status == Operation::Status::Failed) {
            ++m_detailFailures;
            showError(outcome.error, tr("Could not read the sessions of %1.").arg(outcome.label));
        }
    });
    m_scope->on(details, &Operation::finished, [this, details] {
        m_peakInFlight = qMax(m_peakInFlight, details->peakInFlight());
        m_details = nullptr;
        finishIfDone();
    });
    details->start();
}

void SessionsPane::cancelDetails()
{
    // Its answers are already stale (the scope was reset): abort the calls still on their way.
    if (m_details)
        m_details->abort();
    m_details = nullptr;
}

void SessionsPane::finishIfDone()
{
    if (!m_loading || !m_listDone || !m_countDone || m_details)
        return;
    m_loading = false;
    m_ui->detailsLabel->setText(m_detailFailures > 0
            ? tr("The details of %n user(s) could not be read.", nullptr, m_detailFailures)
            : QString());
    updateCountLabel();
    session()->markRefreshed();
    emit loaded();
}

void SessionsPane::updateCountLabel()
{
    const int sessions = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int users = m_connectedUsers >= 0 ? m_connectedUsers : m_model->connectedUserCount();
    QString text
        = tr("%n connected user(s)", nullptr, users) + QStringLiteral(", ") + tr("%n session(s)", nullptr, sessions);
    if (shown != sessions)
        text += QStringLiteral(" — ") + tr("%n shown", nullptr, shown);
    m_ui->countLabel->setText(isConnected() || sessions > 0 ? text : QString());
}

void SessionsPane::updateActions()
{
    const int selected = int(m_ui->sessionsView->selectionModel()->selectedRows().size());
    QString why;
    if (!isConnected())
        why = tr("Not connected to a server.");
    else if (!session()->capabilities().kick)
        why = tr("This server cannot close sessions: that needs this project's admin_rest module (kick extension).");
    else if (session()->isReadOnly())
        why = tr("This connection is read-only.");
    else if (selected == 0)
        why = tr("Select the sessions to disconnect.");
    m_ui->kickButton->setEnabled(why.isEmpty());
    m_ui->kickButton->setToolTip(
        why.isEmpty() ? tr("Disconnect the %n selected session(s) (Del)", nullptr, selected) : why);
}

QStringList SessionsPane::selectedSessions() const
{
    QStringList sessions;
    for (const QModelIndex& index : m_ui->sessionsView->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        sessions << source.data(SessionsModel::UserRole).toString() + QLatin1Char('/')
                + source.data(SessionsModel::ResourceRole).toString();
    }
    sessions.sort(Qt::CaseInsensitive);
    return sessions;
}

void SessionsPane::kickSelected()
{
    if (!m_ui->kickButton->isEnabled())
        return;
    const QStringList sessions = selectedSessions();
    auto* dialog = new KickDialog(sessions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessions] { kick(sessions, dialog->reason()); });
    dialog->open();
}

void SessionsPane::kick(const QStringList& sessions, const QString& reason)
{
    if (!isConnected() || sessions.isEmpty())
        return;
    auto* kick = new KickSessions(session(), sessions, reason, this);
    connect(kick, &Operation::finished, this, [this, kick] {
        kick->deleteLater();
        const QStringList failed = kick->failed();
        if (failed.isEmpty())
            banner()->showMessage(
                MessageBanner::Type::Success, tr("Disconnected %n session(s).", nullptr, kick->closed()));
        else
            showError(kick->lastError(), tr("Could not disconnect %1.").arg(failed.join(QStringLiteral(", "))));
        refresh();
        emit kicked();
    });
    kick->start();
}
