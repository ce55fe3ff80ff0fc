// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ProfileFleetModel.h"

#include "models/CertificatesModel.h"
#include "profiles/ProfileProbe.h"

#include <algorithm>

namespace {

// What the server offers, by the names the operator knows the panes by.
void describeCapabilities(const Capabilities& caps, QStringList& present, QStringList& missing)
{
    const QList<std::pair<bool, QString>> features{
        {caps.canListRegisteredUsers(), ProfileFleetModel::tr("user list")},
        {caps.groups, ProfileFleetModel::tr("groups")},
        {caps.multicast, ProfileFleetModel::tr("multicast")},
        {caps.vcards, ProfileFleetModel::tr("vCards")},
        {caps.roles, ProfileFleetModel::tr("roles")},
        {caps.reload, ProfileFleetModel::tr("reload")},
        {caps.serverInfo, ProfileFleetModel::tr("server info")},
    };
    for (const auto& [has, name] : features)
        (has ? present : missing).append(name);
}

} // namespace

ProfileFleetModel::ProfileFleetModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int ProfileFleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileFleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FleetRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FolderColumn:
            return row.folder;
        case NameColumn:
            return row.name;
        case AddressColumn:
            return row.address;
        case ReachableColumn:
            switch (row.state) {
            case FleetRow::State::NotProbed:
                return QString();
            case FleetRow::State::Probing:
                return tr("Probing…");
            case FleetRow::State::Reachable:
                return tr("Yes");
            case FleetRow::State::Unreachable:
                return tr("No");
            case FleetRow::State::PasswordNeeded:
                return tr("Password needed");
            }
            break;
        case VersionColumn:
            return row.version;
        case CapabilitiesColumn:
            return row.capabilities.join(QStringLiteral(", "));
        case ConnectedUsersColumn:
            return row.connectedUsers >= 0 ? QVariant(row.connectedUsers) : QVariant();
        case CertificatesColumn:
            if (row.certificateWarnings < 0)
                return {};
            return row.certificateWarnings == 0 ? tr("OK")
                                                : tr("%n need(s) attention", nullptr, row.certificateWarnings);
        case MessageColumn:
            return row.status;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CertificatesColumn && !row.certificateNote.isEmpty())
            return row.certificateNote;
        if (index.column() == CapabilitiesColumn && !row.missing.isEmpty())
            return tr("Not available on this server: %1").arg(row.missing.join(QStringLiteral(", ")));
        return row.message.isEmpty() ? QVariant() : QVariant(row.message);
    case MessageRole:
        return row.message;
    case Qt::TextAlignmentRole:
        if (index.column() == ConnectedUsersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case StateRole:
        return int(row.state);
    case ErrorKindRole:
        return int(row.errorKind);
    case ConnectedUsersRole:
        return row.connectedUsers;
    }
    return {};
}

QVariant ProfileFleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FolderColumn:
        return tr("Folder");
    case NameColumn:
        return tr("Profile");
    case AddressColumn:
        return tr("Address");
    case ReachableColumn:
        return tr("Reachable");
    case VersionColumn:
        return tr("Version");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case ConnectedUsersColumn:
        return tr("Connected users");
    case CertificatesColumn:
        return tr("Certificates");
    case MessageColumn:
        return tr("Status");
    }
    return {};
}

void ProfileFleetModel::setProfiles(const QList<Profile>& profiles)
{
    QList<FleetRow> rows;
    for (const Profile& profile : profiles) {
        const int existing = rowOfKey(profile.id);
        FleetRow row = existing >= 0 ? rowAt(existing) : FleetRow{};
        const QString address = profile.baseUrl.toDisplayString();
        if (existing >= 0 && row.address != address)
            row = FleetRow{}; // another server now: what was found no longer applies
        row.id = profile.id;
        row.folder = profile.folder;
        row.name = profile.name;
        row.address = address;
        row.certificateWarningDays = profile.certificateWarningDays;
        rows.append(row);
    }
    mergeRows(rows);
}

void ProfileFleetModel::setProbing(const QUuid& id)
{
    updateRow(id, [](FleetRow& row) {
        row.state = FleetRow::State::Probing;
        row.status.clear();
        row.message.clear();
    });
}

namespace {

// How many of the server's certificates need attention for the profile's warning days, and why.
void noteCertificates(FleetRow& row, const ProfileProbeResult& result)
{
    row.certificateWarnings = result.certificatesRead ? 0 : -1;
    QStringList lines;
    for (const CertificateInfo& certificate : result.certificates) {
        if (!certificate.needsWarning(row.certificateWarningDays))
            continue;
        ++row.certificateWarnings;
        lines << ProfileFleetModel::tr("%1 (%2): %3")
                     .arg(certificate.host, certificate.service,
                         CertificatesModel::problem(certificate, row.certificateWarningDays));
    }
    row.certificateNote = lines.join(QLatin1Char('\n'));
}

} // namespace

void ProfileFleetModel::setResult(const QUuid& id, const ProfileProbeResult& result)
{
    updateRow(id, [&result](FleetRow& row) {
        const Capabilities& caps = result.capabilities;
        row.errorKind = result.error().kind;
        row.capabilities.clear();
        row.missing.clear();
        if (!result.ok()) {
            row.state = FleetRow::State::Unreachable;
            row.version.clear();
            row.connectedUsers = -1;
            row.certificateWarnings = -1;
            row.certificateNote.clear();
            row.status = result.error().title();
            row.message = result.error().userMessage();
            return;
        }
        row.state = FleetRow::State::Reachable;
        row.version = caps.prosodyVersion.isEmpty() ? caps.flavorName() : tr("Prosody %1").arg(caps.prosodyVersion);
        describeCapabilities(caps, row.capabilities, row.missing);
        row.connectedUsers = result.connectedUsers;
        noteCertificates(row, result);
        row.status = tr("Answered in %n ms", nullptr, int(result.elapsedMs));
        row.message = tr("%1 answered as %2.").arg(row.address, caps.flavorName());
    });
}

void ProfileFleetModel::setPasswordNeeded(const QUuid& id, const QString& message)
{
    updateRow(id, [&message](FleetRow& row) {
        row.state = FleetRow::State::PasswordNeeded;
        row.errorKind = ApiError::Kind::None;
        row.version.clear();
        row.capabilities.clear();
        row.missing.clear();
        row.connectedUsers = -1;
        row.certificateWarnings = -1;
        row.certificateNote.clear();
        row.status = tr("No password known");
        row.message = message;
    });
}

int ProfileFleetModel::countInState(FleetRow::State state) const
{
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [state](const FleetRow& row) { return row.state == state; }));
}

void ProfileFleetModel::updateRow(const QUuid& id, const std::function<void(FleetRow&)>& change)
{
    const int row = rowOfKey(id);
    if (row < 0)
        return;
    FleetRow updated = rowAt(row);
    change(updated);
    upsertRow(updated);
}
