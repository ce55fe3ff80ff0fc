// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "groups/GroupsPane.h"

#include "ui_GroupsPane.h"

#include "input/JidValidator.h"
#include "models/GroupMembersModel.h"
#include "models/GroupsModel.h"
#include "operations/ChangeGroupMembers.h"
#include "operations/CreateGroup.h"
#include "operations/DeleteGroups.h"
#include "operations/SyncGroup.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "session/UserDirectory.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QCompleter>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStringListModel>

#include <memory>

GroupsPane::GroupsPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::GroupsPane>())
    , m_model(new GroupsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_members(new GroupMembersModel(this))
    , m_users(new UserDirectory(this))
    , m_scope(new RequestScope(this))
    , m_membersScope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    addContextAction(m_ui->groupsView, m_ui->syncButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addContextAction(m_ui->groupsView, m_ui->deleteButton, QKeySequence::Delete);
    addContextAction(m_ui->membersView, m_ui->removeMemberButton, QKeySequence::Delete);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->groupsView->setModel(m_proxy);
    m_ui->groupsView->sortByColumn(GroupsModel::NameColumn, Qt::AscendingOrder);
    m_ui->groupsView->horizontalHeader()->setSectionResizeMode(GroupsModel::NameColumn, QHeaderView::Stretch);
    m_ui->membersView->setModel(m_members);
    m_ui->membersView->sortByColumn(GroupMembersModel::MemberColumn, Qt::AscendingOrder);

    m_memberCompleter = new QCompleter(m_users->model(), this);
    m_memberCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_memberCompleter->setFilterMode(Qt::MatchContains);
    m_ui->memberEdit->setCompleter(m_memberCompleter);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->createButton, &QPushButton::clicked, this, &GroupsPane::createGroup);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &GroupsPane::createGroup);
    connect(m_ui->idEdit, &QLineEdit::returnPressed, this, &GroupsPane::createGroup);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, m_ui->createHint, &InputHintLabel::clearHint);
    connect(m_ui->idEdit, &QLineEdit::textEdited, m_ui->createHint, &InputHintLabel::clearHint);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &GroupsPane::deleteSelectedGroups);
    connect(m_ui->syncButton, &QPushButton::clicked, this, &GroupsPane::syncSelectedGroup);
    connect(m_ui->addKnownButton, &QPushButton::clicked, this, &GroupsPane::addKnownGroup);
    connect(m_ui->knownIdEdit, &QLineEdit::returnPressed, this, &GroupsPane::addKnownGroup);
    connect(m_ui->knownIdEdit, &QLineEdit::textEdited, m_ui->knownHint, &InputHintLabel::clearHint);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &GroupsPane::addMember);
    connect(m_ui->memberEdit, &QLineEdit::returnPressed, this, &GroupsPane::addMember);
    connect(m_ui->memberEdit, &QLineEdit::textEdited, m_ui->memberHint, &InputHintLabel::clearHint);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &GroupsPane::removeSelectedMembers);
    connect(m_ui->groupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &GroupsPane::showSelectedGroup);
    connect(
        m_ui->membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupsPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &GroupsPane::updateActions);
    connect(m_users, &UserDirectory::failed, this,
        [this](const ApiError& error) { showError(error, tr("Could not list the users for completion.")); });
    updateAvailability();
    updateActions();
}

GroupsPane::~GroupsPane() = default;

QString GroupsPane::title()
{
    return tr("Groups");
}

QIcon GroupsPane::icon()
{
    return QIcon(QStringLiteral(":/icons/groups.svg"));
}

void GroupsPane::sessionDisconnected()
{
    m_scope->reset();
    m_membersScope->reset();
    m_busy = 0;
    m_model->clear();
    m_members->clearMembers();
    m_users->clear();
    m_ui->createHint->clearHint();
    m_ui->memberHint->clearHint();
    m_ui->knownHint->clearHint();
    updateAvailability();
    updateActions();
}

void GroupsPane::refresh()
{
    updateAvailability();
    updateActions();
    if (!isConnected() || !session()->capabilities().groups)
        return;
    // Every user, for the completers: a big host has many pages, so only once the pane is on screen.
    whenShown(QStringLiteral("users"), [this] {
        if (isConnected())
            m_users->load(session());
    });
    if (session()->capabilities().groupListing)
        loadGroups();
    else
        showSelectedGroup();
}

void GroupsPane::updateAvailability()
{
    const bool connected = isConnected();
    const Capabilities& caps = session()->capabilities();
    const bool available = connected && caps.groups;
    m_ui->splitter->setEnabled(available);
    m_ui->knownRow->setVisible(!connected || !caps.groupListing);
    if (!connected) {
        m_ui->availabilityLabel->clear();
        m_ui->availabilityLabel->hide();
        return;
    }
    m_ui->availabilityLabel->show();
    if (!caps.groups) {
        m_ui->availabilityLabel->setText(tr("This server has no group support (mod_groups_internal is not loaded)"));
    } else if (!caps.groupListing) {
        m_ui->availabilityLabel->setText(
            tr("This server cannot list its groups or their members. Shown are the groups created in this console or "
               "added by id during this session; use “Add known group id” for others."));
    } else {
        m_ui->availabilityLabel->hide();
    }
}

void GroupsPane::loadGroups(const QString& select)
{
    m_scope->reset();
    auto* reply = session()->groups();
    m_scope->onFinished(reply, [this, reply, select] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not list the groups."));
            return;
        }
        m_model->setGroups(reply->value());
        session()->markRefreshed();
        if (!select.isEmpty())
            selectGroup(select);
        else
            showSelectedGroup();
    });
}

QStringList GroupsPane::selectedGroupIds() const
{
    QStringList ids;
    const QModelIndexList selected = m_ui->groupsView->selectionModel()->selectedRows(GroupsModel::NameColumn);
    for (const QModelIndex& index : selected)
        ids.append(m_proxy->mapToSource(index).data(GroupsModel::IdRole).toString());
    ids.sort();
    return ids;
}

QString GroupsPane::currentGroupId() const
{
    const QStringList ids = selectedGroupIds();
    return ids.size() == 1 ? ids.first() : QString();
}

void GroupsPane::selectGroup(const QString& groupId)
{
    const int row = m_model->rowOfKey(groupId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, GroupsModel::NameColumn));
    if (!index.isValid())
        return;
    m_ui->groupsView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->groupsView->scrollTo(index);
    showSelectedGroup();
}

void GroupsPane::showSelectedGroup()
{
    const QString groupId = currentGroupId();
    m_membersScope->reset();
    updateActions();
    if (groupId.isEmpty()) {
        m_members->clearMembers();
        m_ui->membersBox->setTitle(tr("Members"));
        m_ui->membersLabel->setText(tr("Select one group to see and change its members."));
        return;
    }
    PlainText::setTitle(m_ui->membersBox, tr("Members of %1").arg(m_model->nameOf(groupId)));
    if (!isConnected() || !session()->capabilities().groupListing) {
        m_members->clearMembers();
        m_ui->membersLabel->setText(tr("This server cannot list a group's members; adding and removing members "
                                       "still work."));
        return;
    }
    loadMembers(groupId);
}

void GroupsPane::loadMembers(const QString& groupId)
{
    m_membersScope->reset();
    auto* reply = session()->group(groupId);
    m_membersScope->onFinished(reply, [this, reply, groupId] {
        if (!reply->ok()) {
            m_members->clearMembers();
            m_ui->membersLabel->clear();
            showError(reply->error(), tr("Could not read the members of %1.").arg(m_model->nameOf(groupId)));
            return;
        }
        GroupInfo info = reply->value();
        if (info.id.isEmpty())
            info.id = groupId;
        info.memberCount = int(info.members.size());
        m_model->upsertGroup(info);
        m_members->setMembers(groupId, info.members, session()->domain());
        m_ui->membersLabel->setText(tr("%n member(s)", nullptr, m_members->rowCount()));
        updateActions();
    });
}

void GroupsPane::createGroup()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->createHint->showError(tr("Enter a name for the group: members see it as a roster group."));
        return;
    }
    QString groupId;
    if (!m_ui->idEdit->text().trimmed().isEmpty()) {
        const GroupsModel::IdCheck check = GroupsModel::checkId(m_ui->idEdit->text());
        if (!check.valid) {
            m_ui->createHint->showError(check.message);
            return;
        }
        groupId = check.normalized;
        if (m_model->containsKey(groupId)) {
            m_ui->createHint->showError(tr("A group with the id %1 exists already: choose another id.").arg(groupId));
            return;
        }
    }
    m_ui->createHint->clearHint();
    const bool muc = m_ui->createMucCheck->isChecked();
    ++m_busy;
    updateActions();
    auto* creation = new CreateGroup(session(), name, groupId, muc, this);
    connect(creation, &Operation::finished, creation, &QObject::deleteLater);
    // A newer listing (or a reconnect) forgets the write, as it forgets the listing before it.
    m_scope->on(creation, &Operation::finished, [this, creation, name, groupId] {
        --m_busy;
        updateActions();
        if (!creation->succeeded()) {
            showError(creation->firstError(), tr("Could not create the group %1.").arg(name));
            return;
        }
        const QString id = creation->groupId().isEmpty() ? groupId : creation->groupId();
        banner()->showMessage(MessageBanner::Type::Success, tr("Group %1 created with the id %2.").arg(name, id));
        m_ui->nameEdit->clear();
        m_ui->idEdit->clear();
        m_ui->createMucCheck->setChecked(false);
        GroupInfo info;
        info.id = id;
        info.name = name;
        info.memberCount = session()->capabilities().groupListing ? 0 : -1;
        m_model->upsertGroup(info);
        if (session()->capabilities().groupListing)
            loadGroups(id);
        else
            selectGroup(id);
    });
    creation->start();
}

void GroupsPane::deleteSelectedGroups()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QStringList ids = selectedGroupIds();
    if (ids.isEmpty())
        return;
    QStringList lines;
    for (const QString& id : ids)
        lines.append(m_model->nameOf(id) == id ? id : tr("%1 (id %2)").arg(m_model->nameOf(id), id));
    const QString text = tr("Delete %n group(s)? Their members keep their accounts, but lose the group's entries "
                            "in their rosters.",
                             nullptr, int(ids.size()))
        + QLatin1String("\n\n") + lines.join(QLatin1Char('\n'));
    MessageBox::confirm(
        this, tr("Delete groups"), text, tr("Delete %n group(s)", nullptr, int(ids.size())), [this, ids] {
            if (!isConnected())
                return;
            auto* deletion = new DeleteGroups(session(), ids, this);
            // One write under way for the whole operation; a newer listing or a reconnect forgets it.
            ++m_busy;
            m_scope->on(deletion, &Operation::itemChanged, [this, deletion](int index) {
                if (deletion->outcome(index).status == Operation::Status::Succeeded)
                    m_model->removeGroup(deletion->outcome(index).label);
            });
            connect(deletion, &Operation::finished, deletion, &QObject::deleteLater);
            m_scope->on(deletion, &Operation::finished, [this, deletion] {
                --m_busy;
                const QStringList failed = deletion->labels(Operation::Status::Failed);
                if (failed.isEmpty()) {
                    banner()->showMessage(MessageBanner::Type::Success,
                        tr("%n group(s) deleted.", nullptr, deletion->count(Operation::Status::Succeeded)));
                } else {
                    showError(deletion->firstError(),
                        tr("Could not delete %n group(s): %1.", nullptr, int(failed.size()))
                            .arg(failed.join(QStringLiteral(", "))));
                }
                if (session()->capabilities().groupListing)
                    loadGroups();
                else
                    showSelectedGroup();
                updateActions();
            });
            deletion->start();
            updateActions();
        });
}

void GroupsPane::syncSelectedGroup()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString id = currentGroupId();
    if (id.isEmpty())
        return;
    ++m_busy;
    updateActions();
    auto* sync = new SyncGroup(session(), id, this);
    connect(sync, &Operation::finished, sync, &QObject::deleteLater);
    m_scope->on(sync, &Operation::finished, [this, sync, id] {
        --m_busy;
        updateActions();
        if (!sync->succeeded()) {
            showError(sync->firstError(), tr("Could not synchronise the group %1.").arg(m_model->nameOf(id)));
            return;
        }
        banner()->showMessage(MessageBanner::Type::Success,
            tr("Group %1 synchronised: its members' rosters are up to date.").arg(m_model->nameOf(id)));
    });
    sync->start();
}

void GroupsPane::addKnownGroup()
{
    if (!isConnected())
        return;
    const GroupsModel::IdCheck check = GroupsModel::checkId(m_ui->knownIdEdit->text());
    if (!check.valid) {
        m_ui->knownHint->showError(check.message);
        return;
    }
    if (m_model->containsKey(check.normalized)) {
        m_ui->knownHint->showNote(tr("%1 is listed already.").arg(check.normalized));
        selectGroup(check.normalized);
        return;
    }
    // The server cannot tell whether the group exists without changing it: the first action on it will.
    m_ui->knownHint->showNote(
        tr("%1 added to the list. The server does not say whether it exists; the first change to it will.")
            .arg(check.normalized));
    GroupInfo info;
    info.id = check.normalized;
    m_model->upsertGroup(info);
    m_ui->knownIdEdit->clear();
    selectGroup(info.id);
}

void GroupsPane::addMember()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString groupId = currentGroupId();
    if (groupId.isEmpty()) {
        m_ui->memberHint->showError(tr("Select one group first."));
        return;
    }
    const QString domain = session()->domain();
    const JidValidator::Result check = JidValidator::checkUser(m_ui->memberEdit->text());
    if (!check.valid) {
        m_ui->memberHint->showError(check.message);
        return;
    }
    QString user = check.normalized;
    const qsizetype at = user.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (user.mid(at + 1) != domain) {
            m_ui->memberHint->showError(
                tr("Group members must be users of %1: enter a user of that host.").arg(domain));
            return;
        }
        user = user.left(at);
    }
    const QString jid = user + QLatin1Char('@') + domain;
    if (m_members->groupId() == groupId && m_members->containsKey(user)) {
        m_ui->memberHint->showNote(tr("%1 is a member already.").arg(jid));
        return;
    }
    if (m_users->isComplete() && !m_users->contains(jid))
        m_ui->memberHint->showNote(tr("%1 is not in the list of registered users; the server will check.").arg(jid));
    else
        m_ui->memberHint->clearHint();

    ++m_busy;
    updateActions();
    auto* addition = new ChangeGroupMembers(session(), groupId, ChangeGroupMembers::Change::Add, {user}, this);
    connect(addition, &Operation::finished, addition, &QObject::deleteLater);
    m_scope->on(addition, &Operation::finished, [this, addition, groupId, jid] {
        --m_busy;
        updateActions();
        if (addition->count(Operation::Status::Failed) > 0) {
            showError(
                addition->firstError(), tr("Could not add %1 to the group %2.").arg(jid, m_model->nameOf(groupId)));
            return;
        }
        banner()->showMessage(
            MessageBanner::Type::Success, tr("%1 added to the group %2.").arg(jid, m_model->nameOf(groupId)));
        m_ui->memberEdit->clear();
        m_ui->memberHint->clearHint();
        if (session()->capabilities().groupListing && currentGroupId() == groupId)
            loadMembers(groupId);
    });
    addition->start();
}

void GroupsPane::removeSelectedMembers()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString groupId = m_members->groupId();
    if (groupId.isEmpty() || groupId != currentGroupId())
        return;
    QStringList users;
    QStringList jids;
    const QModelIndexList selected = m_ui->membersView->selectionModel()->selectedRows(GroupMembersModel::MemberColumn);
    for (const QModelIndex& index : selected) {
        users.append(index.data(GroupMembersModel::UserRole).toString());
        jids.append(index.data(GroupMembersModel::JidRole).toString());
    }
    if (users.isEmpty())
        return;
    const QString groupName = m_model->nameOf(groupId);
    const QString text = tr("Remove %n member(s) from the group %1? They lose the group's entries in their rosters.",
                             nullptr, int(users.size()))
                             .arg(groupName)
        + QLatin1String("\n\n") + jids.join(QLatin1Char('\n'));
    MessageBox::confirm(this, tr("Remove members"), text, tr("Remove %n member(s)", nullptr, int(users.size())),
        [this, groupId, users, groupName] {
            if (!isConnected())
                return;
            auto* removal = new ChangeGroupMembers(session(), groupId, ChangeGroupMembers::Change::Remove, users, this);
            // One write under way for the whole operation; a newer listing or a reconnect forgets it.
            ++m_busy;
            connect(removal, &Operation::finished, removal, &QObject::deleteLater);
            m_scope->on(removal, &Operation::finished, [this, removal, groupName] {
                --m_busy;
                const QString groupId = removal->groupId();
                const QStringList failed = removal->labels(Operation::Status::Failed);
                if (failed.isEmpty()) {
                    banner()->showMessage(MessageBanner::Type::Success,
                        tr("%n member(s) removed from the group %1.", nullptr,
                            removal->count(Operation::Status::Succeeded))
                            .arg(groupName));
                } else {
                    showError(removal->firstError(),
                        tr("Could not remove %n member(s) from the group %1: %2.", nullptr, int(failed.size()))
                            .arg(groupName, failed.join(QStringLiteral(", "))));
                }
                if (session()->capabilities().groupListing && currentGroupId() == groupId)
                    loadMembers(groupId);
                updateActions();
            });
            removal->start();
            updateActions();
        });
}

void GroupsPane::updateActions()
{
    const bool connected = isConnected();
    const bool available = connected && session()->capabilities().groups;
    const bool writable = available && !session()->isReadOnly() && m_busy == 0;
    const int selectedGroups = int(m_ui->groupsView->selectionModel()->selectedRows().size());
    const bool oneGroup = selectedGroups == 1;
    const bool membersShown = oneGroup && m_members->groupId() == currentGroupId();
    m_ui->createButton->setEnabled(writable);
    m_ui->deleteButton->setEnabled(writable && selectedGroups > 0);
    m_ui->syncButton->setEnabled(writable && oneGroup);
    m_ui->addKnownButton->setEnabled(available);
    m_ui->addMemberButton->setEnabled(writable && oneGroup);
    m_ui->memberEdit->setEnabled(available && oneGroup);
    m_ui->removeMemberButton->setEnabled(
        writable && membersShown && m_ui->membersView->selectionModel()->hasSelection());
    QString why;
    if (!connected)
        why = tr("Not connected to a server.");
    else if (!session()->capabilities().groups)
        why = tr("This server has no group support (mod_groups_internal is not loaded)");
    else if (session()->isReadOnly())
        why = tr("This connection is read-only.");
    else if (m_busy > 0)
        why = tr("Waiting for the server to finish the last change.");
    m_ui->createButton->setToolTip(why.isEmpty() ? tr("Create a group with this name") : why);
    m_ui->deleteButton->setToolTip(why.isEmpty() ? tr("Delete the selected groups") : why);
    m_ui->syncButton->setToolTip(
        why.isEmpty() ? tr("Bring the rosters of the selected group's members up to date") : why);
    m_ui->addMemberButton->setToolTip(why.isEmpty() ? tr("Add the user to the selected group") : why);
    m_ui->removeMemberButton->setToolTip(why.isEmpty() ? tr("Remove the selected members from the group") : why);
}
