// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/FleetOverviewDialog.h"

#include "ui_FleetOverviewDialog.h"

#include <QHeaderView>

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <algorithm>

#include "messaging/FleetBroadcast.h"
#include "profiles/ProfileFleetModel.h"
#include "profiles/ProfilePasswords.h"
#include "profiles/ProfileProbe.h"
#include "profiles/ProfileStore.h"
#include "session/RequestScope.h"
#include "widgets/PlainText.h"

FleetOverviewDialog::FleetOverviewDialog(ProfileStore* store, ProfilePasswords* passwords, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FleetOverviewDialog>())
    , m_store(store)
    , m_passwords(passwords)
    , m_model(new ProfileFleetModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("fleetOverviewDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->fleetView->setModel(m_proxy);
    PlainText::protectViews(this);
    m_ui->fleetView->sortByColumn(ProfileFleetModel::NameColumn, Qt::AscendingOrder);
    m_ui->fleetView->verticalHeader()->hide();
    m_ui->fleetView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->fleetView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &FleetOverviewDialog::refresh);
    connect(m_ui->broadcastButton, &QPushButton::clicked, this, &FleetOverviewDialog::broadcast);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(store, &ProfileStore::profileSaved, this, [this] { m_model->setProfiles(profiles()); });
    connect(store, &ProfileStore::profileRemoved, this, [this] { m_model->setProfiles(profiles()); });
    connect(m_ui->fleetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FleetOverviewDialog::showSelectedDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetOverviewDialog::showSelectedDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetOverviewDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetOverviewDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetOverviewDialog::updateSummary);
    m_model->setProfiles(profiles());
}

FleetOverviewDialog::~FleetOverviewDialog() = default;

void FleetOverviewDialog::setSandboxProfile(const std::optional<Profile>& sandbox)
{
    m_sandbox = sandbox;
    m_model->setProfiles(profiles());
}

QList<Profile> FleetOverviewDialog::profiles() const
{
    QList<Profile> list = m_store ? m_store->profiles() : QList<Profile>();
    if (m_sandbox)
        list.prepend(*m_sandbox);
    return list;
}

QList<Profile> FleetOverviewDialog::selectedProfiles() const
{
    const QList<Profile> all = profiles();
    QList<Profile> selected;
    for (const QModelIndex& row : m_ui->fleetView->selectionModel()->selectedRows()) {
        const QUuid id = row.data(ProfileFleetModel::IdRole).toUuid();
        const auto found = std::find_if(all.begin(), all.end(), [&id](const Profile& p) { return p.id == id; });
        if (found != all.end())
            selected.append(*found);
    }
    return selected.isEmpty() ? all : selected;
}

void FleetOverviewDialog::broadcast()
{
    FleetBroadcast::open(selectedProfiles(), m_passwords, this);
}

void FleetOverviewDialog::refresh()
{
    m_scope->reset();
    for (const QPointer<ProfileProbe>& probe : std::as_const(m_probes))
        delete probe;
    m_probes.clear();
    const QList<Profile> list = profiles();
    m_model->setProfiles(list);
    m_pending = int(list.size());
    for (const Profile& profile : list)
        probe(profile);
    if (m_pending == 0)
        emit refreshed();
}

void FleetOverviewDialog::probe(const Profile& profile)
{
    m_model->setProbing(profile.id);
    m_passwords->lookup(profile, this, m_scope->guard([this, profile](const ProfilePasswords::Lookup& lookup) {
        if (!lookup.found()) {
            m_model->setPasswordNeeded(profile.id,
                lookup.message.isEmpty()
                    ? tr("No password in this session or the keychain: connect to this profile once to enter it.")
                    : lookup.message);
            settle();
            return;
        }
        auto* probe = new ProfileProbe(profile.connectionSettings(lookup.password), this);
        m_probes.insert(profile.id, probe);
        connect(probe, &ProfileProbe::finished, probe, &QObject::deleteLater);
        m_scope->on(probe, &ProfileProbe::finished, [this, id = profile.id](const ProfileProbeResult& result) {
            m_model->setResult(id, result);
            settle();
        });
        probe->start();
    }));
}

void FleetOverviewDialog::settle()
{
    if (--m_pending > 0)
        return;
    emit refreshed();
}

void FleetOverviewDialog::updateSummary()
{
    const int total = m_model->rowCount();
    const int reachable = m_model->countInState(FleetRow::State::Reachable);
    const int probing = m_model->countInState(FleetRow::State::Probing);
    QString text = tr("%1 of %n server(s) reachable", nullptr, total).arg(reachable);
    if (probing > 0)
        text += QStringLiteral(" — ") + tr("probing %n…", nullptr, probing);
    m_ui->summaryLabel->setText(text);
}

void FleetOverviewDialog::showSelectedDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->fleetView->selectionModel()->currentIndex());
    // The server's message or error: its own words.
    PlainText::setText(
        m_ui->detailLabel, current.isValid() ? current.data(ProfileFleetModel::MessageRole).toString() : QString());
}
