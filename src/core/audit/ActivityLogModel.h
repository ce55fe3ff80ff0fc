// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/RequestRecord.h"

#include <QAbstractTableModel>
#include <QList>

// Every request the console made, oldest first, for the activity log pane. Fed by
// ServerSession::requestFinished. Capped: past maximumEntries() the oldest entries are dropped.
// RequestRecord never holds a secret, so neither does this model.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, MessageColumn, ColumnCount };
    enum Role {
        FailedRole = Qt::UserRole,
        ErrorKindRole,
        HttpStatusRole,
        StartedRole,
        ProbeRole,
        ExpectedProbeAnswerRole
    };
    static constexpr int DefaultMaximumEntries = 10000;

    explicit ActivityLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `probe`: the request was part of the capability probe, where "not found" or "not supported" only
    // means that the server lacks that feature: such answers are not counted or shown as failures.
    // (Any other error of the probe - authentication, network, server error - still is one.)
    void append(const RequestRecord& record, bool probe = false);
    void clear();
    // Earlier entries, before those already listed: the audit trail of the profile switched to,
    // read while new requests were being logged. Within the cap the newest are kept.
    void prependEarlier(const QList<LoggedRequest>& entries);
    const QList<LoggedRequest>& entries() const { return m_records; }
    const RequestRecord& recordAt(int row) const { return m_records.at(row).record; }
    bool isProbe(int row) const { return m_records.at(row).probe; }

    int maximumEntries() const { return m_maximumEntries; }
    // Drops the oldest entries at once when the log is longer than `maximum` (at least 1).
    void setMaximumEntries(int maximum);

    // A failed request: an error of any kind but a cancellation (which the console chose itself).
    static bool isFailure(const RequestRecord& record);
    bool isFailure(int row) const;
    int failureCount() const { return m_failures; }

    // One entry as tab-separated text, the columns in order; tabs and line breaks inside a field
    // become spaces so the text pastes into a spreadsheet cell by cell.
    QString rowText(int row) const;
    // The header line in the same form.
    QString headerText() const;

private:
    using Entry = LoggedRequest;
    static bool isExpectedProbeAnswer(const Entry& entry);
    static bool isFailure(const Entry& entry) { return isFailure(entry.record) && !isExpectedProbeAnswer(entry); }
    QString displayText(const RequestRecord& record, int column) const;
    void dropOldest(int count);

    QList<Entry> m_records;
    int m_maximumEntries = DefaultMaximumEntries;
    int m_failures = 0;
};
