// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/UsersPane.h"

#include "ui_UsersPane.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

#include "input/UserReference.h"
#include "messaging/ComposerDialog.h"
#include "models/SessionsModel.h"
#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"
#include "operations/DeleteUsers.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "users/AccountStateActions.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/ChangeRoleDialog.h"
#include "users/DeletionReport.h"
#include "users/UserBulkActions.h"
#include "users/UserRoomsLabel.h"
#include "users/VcardDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

namespace {
constexpr int PageSize = 1000;
// A confirmation names at most this many users, then says how many more.
constexpr int ListedInConfirmation = 10;

QString bareJidOf(const QString& jid)
{
    return jid.section(QLatin1Char('/'), 0, 0).toLower();
}
} // namespace

UsersPane::UsersPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::UsersPane>())
    , m_model(new UsersModel(this))
    , m_proxy(new UsersFilterProxy(this))
    , m_sessions(new SessionsModel(this))
    , m_scope(new RequestScope(this))
    , m_sessionsScope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    m_userRooms = new UserRoomsLabel(m_ui->roomsLabel, this);
    m_proxy->setSourceModel(m_model);
    m_ui->usersView->setModel(m_proxy);
    m_ui->usersView->hideColumn(UsersModel::LastActivityColumn); // until the server reports it
    m_ui->usersView->sortByColumn(UsersModel::JidColumn, Qt::AscendingOrder);
    m_ui->usersView->horizontalHeader()->setSectionResizeMode(UsersModel::JidColumn, QHeaderView::Stretch);
    m_ui->sessionsView->setModel(m_sessions);
    m_ui->sessionsView->hideColumn(SessionsModel::UserColumn);
    createActions();
    // Bulk import and export live in UserBulkActions, apart from the pane.
    auto* bulkActions = new UserBulkActions(this, m_ui->usersView);
    bulkActions->addToolButtons(m_ui->toolbarLayout); // after the spacer: bulk work apart from per-user actions
    connect(bulkActions, &UserBulkActions::usersChanged, this, &UsersPane::refresh);
    // Disable, enable, reset invitations live in AccountStateActions, after the per-user buttons.
    auto* accountActions = new AccountStateActions(this, m_ui->usersView);
    accountActions->addToolButtons(m_ui->toolbarLayout, m_ui->toolbarLayout->indexOf(m_ui->vcardButton) + 1);
    accountActions->addEnabledFilter(m_ui->filterLayout, 1, m_proxy);
    connect(accountActions, &AccountStateActions::accountsChanged, this, &UsersPane::refresh);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, accountActions,
        &AccountStateActions::updateActions);
    connect(m_ui->disableInactiveButton, &QToolButton::clicked, this, [this, accountActions] {
        m_ui->usersView->selectAll();
        accountActions->disableAction()->trigger();
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &UsersFilterProxy::setText);
    connect(m_ui->inactiveCheck, &QCheckBox::toggled, this, &UsersPane::updateInactiveFilter);
    connect(m_ui->inactiveDaysSpin, &QSpinBox::valueChanged, this, &UsersPane::updateInactiveFilter);
    connect(m_ui->deleteInactiveButton, &QToolButton::clicked, this, &UsersPane::deleteShown);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showSelectedUserSessions();
    });
    connect(m_ui->usersView, &QWidget::customContextMenuRequested, this, &UsersPane::showContextMenu);
    connect(m_ui->usersView, &QAbstractItemView::activated, this, [this] {
        if (m_vcardAction->isEnabled())
            m_vcardAction->trigger();
    });
    connect(session, &ServerSession::readOnlyChanged, this, &UsersPane::updateActions);
    connect(session, &ServerSession::stateChanged, this, &UsersPane::updateActions);
    updateInactiveFilter();
}

UsersPane::~UsersPane() = default;

QString UsersPane::title()
{
    return tr("Users");
}

QIcon UsersPane::icon()
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

void UsersPane::createActions()
{
    auto makeAction = [this](const QString& text, const QString& iconText, const QString& icon,
                          const QList<QKeySequence>& shortcuts, auto slot) {
        auto* action = new QAction(QIcon(icon), text, this);
        action->setIconText(iconText);
        action->setShortcuts(shortcuts);
        // Only while the focus is in this pane: other panes use the same keys for their own rows.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = makeAction(tr("&Add User…"), tr("Add"), QStringLiteral(":/icons/add.svg"),
        {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)}, &UsersPane::addUser);
    m_deleteAction = makeAction(tr("&Delete…"), tr("Delete"), QStringLiteral(":/icons/remove.svg"),
        {QKeySequence(QKeySequence::Delete)}, [this] { deleteSelected(false); });
    // Where the server keeps deleted accounts restorable: deleting at once, for good, is a choice of its own.
    m_deleteNowAction = makeAction(tr("Delete &Immediately, for Good…"), tr("Delete Now"),
        QStringLiteral(":/icons/remove.svg"), {}, [this] { deleteSelected(true); });
    m_deleteNowAction->setObjectName(QStringLiteral("deleteImmediatelyAction"));
    m_passwordAction = makeAction(tr("Change &Password…"), tr("Password"), QStringLiteral(":/icons/key.svg"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, &UsersPane::changePassword);
    m_roleAction = makeAction(tr("Change &Role…"), tr("Role"), QStringLiteral(":/icons/role.svg"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, &UsersPane::changeRole);
    m_vcardAction = makeAction(tr("&vCard…"), tr("vCard"), QStringLiteral(":/icons/vcard.svg"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, &UsersPane::editVcard);
    m_ui->addButton->setDefaultAction(m_addAction);
    m_ui->deleteButton->setDefaultAction(m_deleteAction);
    m_ui->passwordButton->setDefaultAction(m_passwordAction);
    m_ui->roleButton->setDefaultAction(m_roleAction);
    m_ui->vcardButton->setDefaultAction(m_vcardAction);
}

void UsersPane::updateActions()
{
    const bool connected = isConnected();
    const bool readOnly = session()->isReadOnly();
    const Capabilities& caps = session()->capabilities();
    const qsizetype selected = m_ui->usersView->selectionModel()->selectedRows().size();
    const bool deleting = m_deletion && m_deletion->isRunning();
    const QString readOnlyWhy = tr("This connection is read-only.");
    const QString noConnection = tr("Not connected to a server.");

    auto set = [&](QAction* action, bool enabled, const QString& why, const QString& what) {
        action->setEnabled(enabled);
        QString tip = what;
        const QList<QKeySequence> keys = action->shortcuts();
        if (!keys.isEmpty()) {
            QStringList names;
            for (const QKeySequence& key : keys)
                names.append(key.toString(QKeySequence::NativeText));
            tip += QStringLiteral(" (%1)").arg(names.join(tr(" or ")));
        }
        if (!enabled && !why.isEmpty())
            tip += QLatin1Char('\n') + why;
        action->setToolTip(tip);
    };
    auto writeWhy = [&](qsizetype needed, bool many) -> QString {
        if (!connected)
            return noConnection;
        if (readOnly)
            return readOnlyWhy;
        if (deleting)
            return tr("Wait until the users being deleted are gone.");
        if (selected == 0 && needed > 0)
            return many ? tr("Select one or more users.") : tr("Select a user.");
        if (!many && selected > 1)
            return tr("Select only one user.");
        return {};
    };

    QString why = writeWhy(0, false);
    set(m_addAction, why.isEmpty(), why, tr("Add a user"));
    why = writeWhy(1, true);
    set(m_deleteAction, why.isEmpty(), why, tr("Delete the selected users"));
    set(m_deleteNowAction, why.isEmpty(), why, tr("Delete the selected users at once: final, not restorable"));
    m_deleteNowAction->setVisible(caps.pendingDeletions);
    why = writeWhy(1, false);
    set(m_passwordAction, why.isEmpty(), why, tr("Change the password of the selected user"));

    why = writeWhy(1, true);
    if (connected && !caps.roles)
        why = tr("This server cannot change roles: its admin_rest has no role route (Prosody 13's module or "
                 "this console's has it).");
    set(m_roleAction, why.isEmpty(), why, tr("Change the role of the selected users"));

    why.clear();
    if (!connected)
        why = noConnection;
    else if (!caps.vcards)
        why = tr("This server cannot show vCards: its admin_rest has no vCard route (Prosody 13's module or "
                 "this console's has it).");
    else if (selected != 1)
        why = selected == 0 ? tr("Select a user.") : tr("Select only one user.");
    set(m_vcardAction, why.isEmpty(), why,
        readOnly ? tr("View the vCard of the selected user") : tr("View and edit the vCard of the selected user"));
}

void UsersPane::sessionConnected()
{
    updateActions();
    refresh();
}

void UsersPane::sessionDisconnected()
{
    m_scope->reset();
    m_sessionsScope->reset();
    m_model->clear();
    m_sessions->clear();
    m_ui->sourceLabel->clear();
    // Sends no further delete; those on their way finish and are reported.
    if (m_deletion)
        m_deletion->cancel();
    m_activityListed = false;
    updateInactiveFilter();
}

void UsersPane::refresh()
{
    if (!isConnected())
        return;
    const Capabilities& caps = session()->capabilities();
    m_scope->reset();
    m_loadedUsers.clear();
    m_loadedSessions.clear();
    m_loadedActivity.clear();
    m_activitySince = {};
    m_registeredListed = caps.canListRegisteredUsers();
    m_loadFailed = false;
    m_activityListed = m_registeredListed && caps.lastActivity;
    m_pending = 1;
    if (m_activityListed) {
        ++m_pending;
        loadActivityPage(0);
    }

    auto* sessions = session()->connectedSessions();
    m_scope->onFinished(sessions, [this, sessions] {
        if (!sessions->ok()) {
            m_loadFailed = true;
            showError(sessions->error(), tr("Could not read the connected users."));
        } else {
            m_loadedSessions = sessions->value();
        }
        finishLoad();
    });

    if (caps.registeredUsersPaged) {
        ++m_pending;
        loadRegisteredPage(0, {});
    } else if (caps.allUsers) {
        ++m_pending;
        auto* all = session()->allUsers();
        m_scope->onFinished(all, [this, all] {
            if (!all->ok()) {
                m_loadFailed = true;
                showError(all->error(), tr("Could not list the registered users."));
            } else {
                m_loadedUsers = all->value();
            }
            finishLoad();
        });
    }
    showSelectedUserSessions();
}

void UsersPane::loadRegisteredPage(int offset, QList<RegisteredUser> collected)
{
    auto* page = session()->registeredUsers(offset, PageSize, session()->capabilities().accountDisable);
    m_scope->onFinished(page, [this, page, offset, collected = std::move(collected)]() mutable {
        if (!page->ok()) {
            m_loadFailed = true;
            showError(page->error(), tr("Could not list the registered users."));
            finishLoad();
            return;
        }
        const RegisteredUserPage& result = page->value();
        collected.append(result.users);
        const int next = offset + int(result.users.size());
        if (!result.users.isEmpty() && next < result.total) {
            loadRegisteredPage(next, std::move(collected));
            return;
        }
        m_loadedUsers = std::move(collected);
        finishLoad();
    });
}

void UsersPane::loadActivityPage(int offset)
{
    auto* page = session()->lastActivity(offset, PageSize);
    m_scope->onFinished(page, [this, page, offset] {
        if (!page->ok()) {
            m_activityListed = false;
            showError(page->error(), tr("Could not read the users' last activity."));
            finishLoad();
            return;
        }
        const LastActivityPage& result = page->value();
        for (const UserActivity& activity : result.users) {
            if (activity.lastActivity.isValid())
                m_loadedActivity.insert(activity.jid, activity.lastActivity);
        }
        m_activitySince = result.since;
        const int next = offset + int(result.users.size());
        if (!result.users.isEmpty() && next < result.total) {
            loadActivityPage(next);
            return;
        }
        finishLoad();
    });
}

void UsersPane::updateInactiveFilter()
{
    const bool available = m_activityListed && isConnected();
    if (available)
        m_proxy->setSignedInJid(bareJidOf(session()->accountJid()));
    m_ui->inactiveCheck->setEnabled(available);
    m_ui->inactiveDaysSpin->setEnabled(available);
    const QString why = available ? QString()
                                  : tr("This server does not report when users were last active: that needs this "
                                       "project's admin_rest module (last-activity extension).");
    m_ui->inactiveCheck->setToolTip(why);
    m_proxy->setInactiveDays(available && m_ui->inactiveCheck->isChecked() ? m_ui->inactiveDaysSpin->value() : 0);
    const bool filtering = m_proxy->inactiveDays() > 0;
    m_ui->deleteInactiveButton->setVisible(filtering);
    m_ui->deleteInactiveButton->setEnabled(filtering && !session()->isReadOnly());
    m_ui->disableInactiveButton->setVisible(filtering && session()->capabilities().accountDisable);
    m_ui->disableInactiveButton->setEnabled(filtering && !session()->isReadOnly());
    updateActions();
}

void UsersPane::deleteShown()
{
    if (m_proxy->rowCount() == 0)
        return;
    m_ui->usersView->selectAll();
    if (m_deleteAction->isEnabled())
        m_deleteAction->trigger();
}

void UsersPane::finishLoad()
{
    // Called only from the current refresh's handlers.
    if (--m_pending > 0)
        return;
    if (m_loadFailed) {
        // The banner says what went wrong; the rows of the last good refresh stay, with their selection.
        updateInactiveFilter();
        return;
    }
    const QString domain = session()->domain();
    if (m_registeredListed) {
        m_model->setUsers(m_loadedUsers, m_loadedSessions, domain, m_loadedActivity, m_activitySince);
        m_ui->usersView->setColumnHidden(UsersModel::LastActivityColumn, !m_activityListed);
        m_ui->sourceLabel->setText(tr("%n registered user(s)", nullptr, m_model->rowCount()));
        m_ui->sourceLabel->setToolTip({});
    } else {
        m_model->setConnectedOnly(m_loadedSessions, domain);
        m_ui->sourceLabel->setText(
            tr("%n connected user(s) — this server cannot list registered users", nullptr, m_model->rowCount()));
        m_ui->sourceLabel->setToolTip(tr("This server's admin_rest has no route that lists every registered "
                                         "user, so only the users online now are shown."));
    }
    updateInactiveFilter();
    session()->markRefreshed();
}

QStringList UsersPane::selectedJids() const
{
    QModelIndexList rows = m_ui->usersView->selectionModel()->selectedRows(UsersModel::JidColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList jids;
    jids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        jids.append(m_proxy->mapToSource(index).data(UsersModel::JidRole).toString());
    return jids;
}

void UsersPane::selectJid(const QString& jid)
{
    const int row = m_model->rowOfKey(jid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, UsersModel::JidColumn));
    if (!index.isValid())
        return;
    m_ui->usersView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->usersView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_ui->usersView->scrollTo(index);
}

void UsersPane::showSelectedUserSessions()
{
    const QStringList selected = selectedJids();
    m_userRooms->show(isConnected() ? session() : nullptr, selected.size() == 1 ? selected.first() : QString());
    m_sessionsScope->reset();
    if (selected.size() != 1 || !isConnected()) {
        m_sessions->clear();
        m_ui->sessionsBox->setTitle(tr("Sessions of the selected user"));
        return;
    }
    const QString jid = selected.first();
    PlainText::setTitle(m_ui->sessionsBox, tr("Sessions of %1").arg(jid));
    auto* reply = session()->user(UserReference::forPath(jid, session()->domain()));
    m_sessionsScope->onFinished(reply, [this, reply, jid] {
        if (!reply->ok()) {
            m_sessions->clear();
            // A user deleted elsewhere since the last refresh is not worth an error.
            if (reply->error().kind != ApiError::Kind::NotFound)
                showError(reply->error(), tr("Could not read the sessions of %1.").arg(jid));
            return;
        }
        m_sessions->setSessions(jid, reply->value().sessions);
    });
}

void UsersPane::showContextMenu(const QPoint& position)
{
    QMenu* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_addAction);
    menu->addSeparator();
    menu->addAction(m_passwordAction);
    menu->addAction(m_roleAction);
    menu->addAction(m_vcardAction);
    QAction* message = menu->addAction(QIcon(QStringLiteral(":/icons/message.svg")), tr("Send &Message…"));
    message->setObjectName(QStringLiteral("sendMessageAction"));
    message->setEnabled(!selectedJids().isEmpty() && isConnected() && !session()->isReadOnly());
    connect(message, &QAction::triggered, this, [this] { ComposerDialog::openFor(session(), selectedJids(), this); });
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    if (m_deleteNowAction->isVisible())
        menu->addAction(m_deleteNowAction);
    menu->popup(m_ui->usersView->viewport()->mapToGlobal(position));
}

void UsersPane::addUser()
{
    if (!m_addAction->isEnabled())
        return;
    auto* dialog = new AddUserDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userAdded, this, [this](const QString& jid, CreateUserResult result) {
        m_model->addUser(jid);
        selectJid(jid);
        banner()->showMessage(MessageBanner::Type::Success,
            result == CreateUserResult::PasswordUpdated ? tr("%1 already existed: its password was replaced.").arg(jid)
                                                        : tr("%1 was added.").arg(jid));
        refresh();
    });
    dialog->open();
}

void UsersPane::deleteSelected(bool immediately)
{
    if (!m_deleteAction->isEnabled())
        return;
    const QStringList jids = selectedJids();
    if (jids.isEmpty())
        return;
    QStringList listed = jids.mid(0, ListedInConfirmation);
    QString names = listed.join(QStringLiteral(", "));
    if (jids.size() > ListedInConfirmation)
        names = tr("%1 and %n more", nullptr, int(jids.size()) - ListedInConfirmation).arg(names);
    QString text = tr("Delete %n user(s)? %1", nullptr, int(jids.size())).arg(names);
    text += QLatin1Char('\n')
        + (session()->capabilities().pendingDeletions && !immediately
                ? tr("This server keeps deleted accounts restorable until its grace period ends (Invitations pane, "
                     "Restore); then they are removed for good with their rosters and data.")
                : tr("Their accounts, rosters and stored data are removed; this is final, it cannot be undone."));
    const QString ownJid = bareJidOf(session()->accountJid());
    if (jids.contains(ownJid))
        text += QLatin1Char('\n')
            + tr("This includes %1, the account this console signs in with: the console will lose access.").arg(ownJid);
    MessageBox::confirm(
        this, tr("Delete Users"), text,
        immediately ? tr("Delete %n User(s) for Good", nullptr, int(jids.size()))
                    : tr("Delete %n User(s)", nullptr, int(jids.size())),
        [this, jids, immediately] {
            if (!isConnected())
                return;
            auto* deletion = new DeleteUsers(session(), jids,
                immediately ? DeleteUsers::Mode::Immediately : DeleteUsers::Mode::AsTheServerKeepsThem, this);
            m_deletion = deletion;
            connect(deletion, &Operation::itemChanged, this, [this, deletion](int index) {
                // Deleted now or already gone: the account is no longer there. A scheduled one stays
                // listed (disabled, pending deletion) after the refresh.
                if (deletion->outcome(index).status == Operation::Status::Succeeded
                    && deletion->result(index) != AccountDeletion::Outcome::Scheduled)
                    m_model->removeKey(deletion->outcome(index).label);
            });
            connect(deletion, &Operation::finished, this, [this, deletion] {
                m_deletion = nullptr;
                reportDeletions(*deletion);
                deletion->deleteLater();
            });
            banner()->showMessage(
                MessageBanner::Type::Information, tr("Deleting %n user(s)…", nullptr, int(jids.size())));
            deletion->start();
            updateActions();
        },
        QMessageBox::Warning, jids.size() > ListedInConfirmation ? jids.join(QLatin1Char('\n')) : QString());
}

void UsersPane::reportDeletions(const DeleteUsers& deletion)
{
    // Nothing to say when it stopped before anything was sent (the session went away).
    if (!DeletionReport::isEmpty(deletion)) {
        banner()->showMessage(DeletionReport::type(deletion), DeletionReport::text(deletion));
        refresh();
    }
    updateActions();
}

void UsersPane::changePassword()
{
    if (!m_passwordAction->isEnabled())
        return;
    const QStringList jids = selectedJids();
    if (jids.size() != 1)
        return;
    auto* dialog = new ChangePasswordDialog(session(), jids.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const QString& jid) {
        banner()->showMessage(MessageBanner::Type::Success, tr("The password of %1 was changed.").arg(jid));
    });
    dialog->open();
}

void UsersPane::changeRole()
{
    if (!m_roleAction->isEnabled())
        return;
    const QStringList jids = selectedJids();
    if (jids.isEmpty())
        return;
    const int row = m_model->rowOfKey(jids.first());
    const QString current = jids.size() == 1 && row >= 0 ? m_model->roleOf(row) : QString();
    auto* dialog = new ChangeRoleDialog(session(), jids, m_model->knownRoles(), current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeRoleDialog::roleChanged, this,
        [this](const QString& jid, const QString& role) { m_model->setRole(jid, role); });
    connect(dialog, &QDialog::accepted, this, [this, count = int(jids.size())] {
        banner()->showMessage(MessageBanner::Type::Success, tr("Changed the role of %n user(s).", nullptr, count));
        refresh();
    });
    dialog->open();
}

void UsersPane::editVcard()
{
    if (!m_vcardAction->isEnabled())
        return;
    const QStringList jids = selectedJids();
    if (jids.size() != 1)
        return;
    auto* dialog = new VcardDialog(session(), jids.first(), session()->isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VcardDialog::saved, this, [this](const QString& jid) {
        banner()->showMessage(MessageBanner::Type::Success, tr("The vCard of %1 was saved.").arg(jid));
    });
    dialog->open();
}
