#pragma once

#include "RequestRecord.h"

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
    enum Role { FailedRole = Qt::UserRole, ErrorKindRole, HttpStatusRole, StartedRole };
    static constexpr int DefaultMaximumEntries = 10000;

    explicit ActivityLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const RequestRecord& record);
    void clear();
    const RequestRecord& recordAt(int row) const { return m_records.at(row); }

    int maximumEntries() const { return m_maximumEntries; }
    // Drops the oldest entries at once when the log is longer than `maximum` (at least 1).
    void setMaximumEntries(int maximum);

    // A failed request: an error of any kind but a cancellation (which the console chose itself).
    static bool isFailure(const RequestRecord& record);
    int failureCount() const { return m_failures; }

    // One entry as tab-separated text, the columns in order; tabs and line breaks inside a field
    // become spaces so the text pastes into a spreadsheet cell by cell.
    QString rowText(int row) const;
    // The header line in the same form.
    QString headerText() const;

private:
    QString displayText(const RequestRecord& record, int column) const;
    void dropOldest(int count);

    QList<RequestRecord> m_records;
    int m_maximumEntries = DefaultMaximumEntries;
    int m_failures = 0;
};
