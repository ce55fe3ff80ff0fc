// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "models/KeyedTableModel.h"
#include "profiles/Profile.h"

#include <QUuid>

struct ProfileProbeResult;

// One row of the fleet overview: a profile and what probing its server found.
struct FleetRow
{
    enum class State { NotProbed, Probing, Reachable, Unreachable, PasswordNeeded };

    QUuid id;
    QString folder;
    QString name;
    QString address;
    State state = State::NotProbed;
    QString version; // Prosody's version, or the admin_rest flavour when the server does not say
    QStringList capabilities; // what the server's admin_rest offers, translated
    QStringList missing; // what it lacks
    int connectedUsers = -1;
    int certificateWarningDays = 14; // the profile's
    int certificateWarnings = -1; // certificates needing attention; -1 when not read
    QString certificateNote; // which ones and why
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString status; // short: "Timeout", "Answered in 12 ms"
    QString message; // the whole sentence: why it is not reachable and what to do

    bool operator==(const FleetRow& other) const = default;
};

// Every profile with its server's state, for the fleet overview. Rows are keyed by profile id and
// updated in place as the concurrent probes come back.
class ProfileFleetModel : public KeyedTableModel<FleetRow, QUuid>
{
    Q_OBJECT
public:
    enum Column {
        FolderColumn,
        NameColumn,
        AddressColumn,
        ReachableColumn,
        MessageColumn, // the short status; the whole sentence is MessageRole and the tooltip
        VersionColumn,
        ConnectedUsersColumn,
        CapabilitiesColumn,
        CertificatesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, StateRole, ErrorKindRole, ConnectedUsersRole, MessageRole };

    explicit ProfileFleetModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The profiles to show; rows of profiles still there keep what was found about them.
    void setProfiles(const QList<Profile>& profiles);
    void setProbing(const QUuid& id);
    void setResult(const QUuid& id, const ProfileProbeResult& result);
    void setPasswordNeeded(const QUuid& id, const QString& message);
    int countInState(FleetRow::State state) const;

protected:
    QUuid keyOf(const FleetRow& row) const override { return row.id; }

private:
    void updateRow(const QUuid& id, const std::function<void(FleetRow&)>& change);
};
