// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "rooms/RoomsPane.h"

#include "ui_RoomsPane.h"

#include "input/JidValidator.h"
#include "models/RoomPeopleModel.h"
#include "models/RoomsFilterProxy.h"
#include "models/RoomsModel.h"
#include "operations/CreateRoom.h"
#include "operations/DestroyRooms.h"
#include "operations/SetRoomAffiliations.h"
#include "rooms/CreateRoomDialog.h"
#include "rooms/DestroyRoomsDialog.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/PlainText.h"

#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <algorithm>

namespace {

// Wide enough for the header and every value the column can show (the server's words for roles and
// affiliations), set once: it does not depend on which rows are in, nor on a value changing in place.
// Each value is measured as the view's delegate measures a cell (the style's item size), plus the grid.
void fitColumnTo(QTableView* view, int column, std::initializer_list<const char*> values)
{
    QHeaderView* header = view->horizontalHeader();
    int width = header->sectionSizeHint(column);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.features = QStyleOptionViewItem::HasDisplay;
    for (const char* value : values) {
        option.text = QString::fromLatin1(value);
        const QSize size = view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), view);
        width = std::max(width, size.width() + (view->showGrid() ? 1 : 0));
    }
    header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->resizeSection(column, width);
}

} // namespace

RoomsPane::RoomsPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::RoomsPane>())
    , m_model(new RoomsModel(this))
    , m_proxy(new RoomsFilterProxy(this))
    , m_people(new RoomPeopleModel(this))
    , m_scope(new RequestScope(this))
    , m_peopleScope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    PlainText::protectViews(contentWidget());
    addContextAction(m_ui->roomsView, m_ui->destroyButton, QKeySequence::Delete);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_proxy->setSourceModel(m_model);
    m_ui->roomsView->setModel(m_proxy);
    m_ui->roomsView->sortByColumn(RoomsModel::AddressColumn, Qt::AscendingOrder);
    m_ui->roomsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->roomsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleView->setModel(m_people);
    m_ui->peopleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->peopleView->horizontalHeader()->setSectionResizeMode(RoomPeopleModel::JidColumn, QHeaderView::Stretch);
    fitColumnTo(m_ui->peopleView, RoomPeopleModel::RoleColumn, {"moderator", "participant", "visitor", "none"});
    fitColumnTo(m_ui->peopleView, RoomPeopleModel::AffiliationColumn, {"owner", "admin", "member", "outcast", "none"});
    for (const char* affiliation : {"member", "admin", "owner", "outcast", "none"})
        m_ui->affiliationCombo->addItem(QString::fromLatin1(affiliation), QString::fromLatin1(affiliation));
    m_ui->affiliationCombo->setItemText(0, tr("member"));
    m_ui->affiliationCombo->setItemText(1, tr("admin"));
    m_ui->affiliationCombo->setItemText(2, tr("owner"));
    m_ui->affiliationCombo->setItemText(3, tr("outcast (banned)"));
    m_ui->affiliationCombo->setItemText(4, tr("none (remove)"));
    m_ui->idleDaysSpin->setEnabled(false);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &RoomsFilterProxy::setText);
    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setShow(RoomsFilterProxy::Show(index));
        m_ui->idleDaysSpin->setEnabled(index == int(RoomsFilterProxy::Show::Idle));
    });
    connect(m_ui->idleDaysSpin, &QSpinBox::valueChanged, m_proxy, &RoomsFilterProxy::setIdleDays);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RoomsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RoomsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RoomsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RoomsPane::updateCount);
    connect(m_ui->createButton, &QPushButton::clicked, this, &RoomsPane::createRoom);
    connect(m_ui->destroyButton, &QPushButton::clicked, this, &RoomsPane::destroySelected);
    connect(m_ui->cleanupButton, &QPushButton::clicked, this, &RoomsPane::cleanup);
    connect(m_ui->setAffiliationButton, &QPushButton::clicked, this, &RoomsPane::setAffiliation);
    connect(m_ui->affiliationJidEdit, &QLineEdit::returnPressed, this, &RoomsPane::setAffiliation);
    connect(m_ui->affiliationJidEdit, &QLineEdit::textEdited, m_ui->affiliationHint, &InputHintLabel::clearHint);
    connect(
        m_ui->roomsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoomsPane::showSelectedRoom);
    connect(m_ui->peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_ui->affiliationJidEdit->setText(current.data(RoomPeopleModel::BareJidRole).toString());
        });
    connect(session, &ServerSession::readOnlyChanged, this, &RoomsPane::updateActions);
    updateAvailability();
    updateActions();
    showSelectedRoom();
}

RoomsPane::~RoomsPane() = default;

QString RoomsPane::title()
{
    return tr("Rooms");
}

QIcon RoomsPane::icon()
{
    return QIcon(QStringLiteral(":/icons/message.svg"));
}

void RoomsPane::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_proxy->setNow(m_clock());
}

void RoomsPane::sessionDisconnected()
{
    m_scope->reset();
    m_loadedRooms = -1;
    m_peopleScope->reset();
    m_busy = 0;
    m_model->clear();
    m_people->clearRoom();
    m_ui->affiliationHint->clearHint();
    updateAvailability();
    updateActions();
    updateCount();
}

void RoomsPane::refresh()
{
    updateAvailability();
    updateActions();
    if (isConnected() && session()->capabilities().rooms)
        loadRooms();
}

void RoomsPane::updateAvailability()
{
    const bool connected = isConnected();
    const bool available = connected && session()->capabilities().rooms;
    m_ui->splitter->setEnabled(available);
    if (!connected || available) {
        m_ui->availabilityLabel->hide();
        return;
    }
    const QString reason = session()->capabilities().unavailableFeatures.value(QStringLiteral("rooms"));
    PlainText::setText(m_ui->availabilityLabel,
        reason.isEmpty() ? tr("Rooms are unavailable: this server's admin_rest module has no rooms extension (it is "
                              "the published module, or the server hosts no MUC component).")
                         : tr("Rooms are unavailable: %1").arg(reason));
    m_ui->availabilityLabel->show();
}

void RoomsPane::updateActions()
{
    const bool writable = isConnected() && session()->capabilities().rooms && !session()->isReadOnly();
    const int selected = int(selectedRoomJids().size());
    m_ui->createButton->setEnabled(writable);
    m_ui->destroyButton->setEnabled(writable && selected > 0 && m_busy == 0);
    m_ui->destroyButton->setText(selected > 1 ? tr("Destroy %n rooms…", nullptr, selected) : tr("Destroy…"));
    m_ui->cleanupButton->setEnabled(writable && m_busy == 0 && m_model->rowCount() > 0);
    m_ui->setAffiliationButton->setEnabled(writable && !m_people->roomJid().isEmpty());
    m_ui->affiliationJidEdit->setEnabled(writable && !m_people->roomJid().isEmpty());
    m_ui->affiliationCombo->setEnabled(writable && !m_people->roomJid().isEmpty());
}

void RoomsPane::updateCount()
{
    if (m_loadedRooms >= 0)
        m_ui->roomsLabel->setText(tr("Loading rooms: %1 of %2…").arg(m_loadedRooms).arg(m_totalRooms));
    else if (m_model->rowCount() == 0)
        m_ui->roomsLabel->setText(isConnected() ? tr("No rooms") : QString());
    else if (m_proxy->rowCount() == m_model->rowCount())
        m_ui->roomsLabel->setText(tr("%n room(s)", nullptr, m_model->rowCount()));
    else
        m_ui->roomsLabel->setText(tr("%1 of %n room(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    updateActions();
}

void RoomsPane::loadRooms()
{
    m_scope->reset();
    loadRoomsPage(0, {});
}

// Page after page (sorted by JID), each shown as it arrives: the rows read so far, and the rows shown
// before whose JID comes after them (their page is still to come); the last page removes the rest.
void RoomsPane::loadRoomsPage(int offset, QList<RoomInfo> collected)
{
    auto* reply = session()->rooms(offset, m_pageSize);
    m_scope->onFinished(reply, [this, reply, offset, collected = std::move(collected)]() mutable {
        if (!reply->ok()) {
            m_loadedRooms = -1;
            updateCount();
            showError(reply->error(), tr("Could not list the rooms."));
            return;
        }
        const RoomPage& page = reply->value();
        collected.append(page.rooms);
        const int next = offset + int(page.rooms.size());
        if (!page.rooms.isEmpty() && next < page.total) {
            QList<RoomInfo> shown = collected;
            const QString last = collected.constLast().jid;
            for (const RoomInfo& room : m_model->rows()) {
                if (room.jid > last)
                    shown.append(room);
            }
            m_loadedRooms = next;
            m_totalRooms = page.total;
            m_model->setRooms(shown);
            updateCount();
            loadRoomsPage(next, std::move(collected));
            return;
        }
        m_loadedRooms = -1;
        m_model->setRooms(collected);
        session()->markRefreshed();
        updateCount();
        showSelectedRoom();
    });
}

QStringList RoomsPane::selectedRoomJids() const
{
    QStringList jids;
    const QModelIndexList rows = m_ui->roomsView->selectionModel()->selectedRows(RoomsModel::AddressColumn);
    for (const QModelIndex& index : rows)
        jids.append(index.data(RoomsModel::JidRole).toString());
    jids.sort();
    return jids;
}

QString RoomsPane::currentRoomJid() const
{
    const QStringList jids = selectedRoomJids();
    return jids.size() == 1 ? jids.first() : QString();
}

void RoomsPane::showSelectedRoom()
{
    const QString room = currentRoomJid();
    updateActions();
    if (room.isEmpty()) {
        m_peopleScope->reset();
        m_people->clearRoom();
        m_ui->peopleBox->setTitle(tr("Occupants and affiliations"));
        m_ui->peopleLabel->setText(tr("Select one room to see who is in it and who is affiliated with it."));
        updateActions();
        return;
    }
    PlainText::setTitle(m_ui->peopleBox, tr("Occupants and affiliations of %1").arg(room));
    if (isConnected())
        loadPeople(room);
}

void RoomsPane::loadPeople(const QString& roomJid)
{
    m_peopleScope->reset();
    auto* reply = session()->room(roomJid);
    m_peopleScope->onFinished(reply, [this, reply, roomJid] {
        if (!reply->ok()) {
            m_people->clearRoom();
            m_ui->peopleLabel->clear();
            showError(reply->error(), tr("Could not read the room %1.").arg(roomJid));
            updateActions();
            return;
        }
        const RoomDetails details = reply->value();
        m_people->setRoom(details);
        if (!details.room.jid.isEmpty())
            m_model->upsertRoom(details.room);
        m_ui->peopleLabel->setText(tr("%n occupant(s) now", nullptr, m_people->occupantCount()) + QLatin1String("; ")
            + tr("%n affiliation(s)", nullptr, int(details.affiliations.size())));
        updateActions();
    });
}

QStringList RoomsPane::services() const
{
    // The host's usual service first, then every other service a listed room is on.
    QStringList services;
    if (!session()->domain().isEmpty())
        services.append(QStringLiteral("conference.") + session()->domain());
    for (const RoomInfo& room : m_model->rows()) {
        if (!room.service.isEmpty() && !services.contains(room.service))
            services.append(room.service);
    }
    return services;
}

void RoomsPane::createRoom()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    auto* dialog = new CreateRoomDialog(services(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString room = dialog->roomJid();
        auto* creation = new CreateRoom(session(), room, dialog->settings(), this);
        ++m_busy;
        updateActions();
        connect(creation, &Operation::finished, creation, &QObject::deleteLater);
        m_scope->on(creation, &Operation::finished, [this, creation, room] {
            --m_busy;
            updateActions();
            if (!creation->succeeded()) {
                showError(creation->firstError(), tr("Could not create the room %1.").arg(room));
                return;
            }
            banner()->showMessage(MessageBanner::Type::Success, tr("Room %1 created.").arg(room));
            loadRooms();
        });
        creation->start();
    });
    dialog->open();
}

void RoomsPane::destroySelected()
{
    const QStringList jids = selectedRoomJids();
    QList<RoomInfo> rooms;
    for (const QString& jid : jids)
        rooms.append(m_model->rowAt(m_model->rowOfKey(jid)));
    if (!rooms.isEmpty())
        confirmDestruction(int(DestroyRoomsDialog::Mode::Selected), rooms);
}

void RoomsPane::cleanup()
{
    confirmDestruction(int(DestroyRoomsDialog::Mode::Cleanup), m_model->rows());
}

void RoomsPane::confirmDestruction(int mode, const QList<RoomInfo>& rooms)
{
    if (!isConnected() || session()->isReadOnly() || m_busy > 0)
        return;
    auto* dialog
        = new DestroyRoomsDialog(DestroyRoomsDialog::Mode(mode), rooms, m_ui->idleDaysSpin->value(), m_clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new listing or another server while the dialog is open: its list is stale, nothing is destroyed.
    connect(dialog, &QDialog::accepted, this,
        m_scope->guard([this, dialog] { destroyRooms(dialog->roomJids(), dialog->reason(), dialog->alternate()); }));
    dialog->open();
}

void RoomsPane::destroyRooms(const QStringList& roomJids, const QString& reason, const QString& alternate)
{
    auto* destruction = new DestroyRooms(session(), roomJids, reason, alternate, this);
    ++m_busy;
    m_scope->on(destruction, &Operation::itemChanged, [this, destruction](int index) {
        if (destruction->outcome(index).status == Operation::Status::Succeeded)
            m_model->removeRoom(destruction->outcome(index).label);
    });
    connect(destruction, &Operation::finished, destruction, &QObject::deleteLater);
    m_scope->on(destruction, &Operation::finished, [this, destruction] {
        --m_busy;
        const QStringList failed = destruction->labels(Operation::Status::Failed);
        if (failed.isEmpty()) {
            banner()->showMessage(MessageBanner::Type::Success,
                tr("%n room(s) destroyed.", nullptr, destruction->count(Operation::Status::Succeeded)));
        } else {
            showError(destruction->firstError(),
                tr("Could not destroy %n room(s): %1.", nullptr, int(failed.size()))
                    .arg(failed.join(QStringLiteral(", "))));
        }
        loadRooms();
    });
    destruction->start();
    updateActions();
}

void RoomsPane::setAffiliation()
{
    const QString room = m_people->roomJid();
    if (!isConnected() || session()->isReadOnly() || room.isEmpty())
        return;
    const JidValidator::Result check
        = JidValidator::checkBareJid(m_ui->affiliationJidEdit->text(), session()->domain());
    if (!check.valid) {
        m_ui->affiliationHint->showError(check.message);
        return;
    }
    m_ui->affiliationHint->clearHint();
    const QString affiliation = m_ui->affiliationCombo->currentData().toString();
    auto* change = new SetRoomAffiliations(session(), room, {{check.normalized, affiliation}}, {}, this);
    ++m_busy;
    updateActions();
    connect(change, &Operation::finished, change, &QObject::deleteLater);
    m_scope->on(change, &Operation::finished, [this, change, room, jid = check.normalized, affiliation] {
        --m_busy;
        updateActions();
        if (change->count(Operation::Status::Succeeded) != 1) {
            showError(change->firstError(), tr("Could not change the affiliation of %1 in %2.").arg(jid, room));
            return;
        }
        banner()->showMessage(
            MessageBanner::Type::Success, tr("Affiliation of %1 in %2 set to %3.").arg(jid, room, affiliation));
        if (m_people->roomJid() == room)
            loadPeople(room);
    });
    change->start();
}
