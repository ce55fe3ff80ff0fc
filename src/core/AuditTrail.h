#pragma once

#include "RequestRecord.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QUuid>

class QIODevice;

// The activity log kept on disk, one file per profile: every request the console made, as one JSON
// object per line (time, method, path, status, duration, error kind, server message, probe flag).
// Never a secret: RequestRecord holds none. The file is capped: past maximumEntries() lines it is
// rewritten with the newest half. Export writes the same entries as CSV or a JSON array.
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaximumEntries = 20000;

    explicit AuditTrail(QObject* parent = nullptr);
    ~AuditTrail() override;

    // <application data>/audit/<profile id>.jsonl
    static QString fileForProfile(const QUuid& profileId);

    // Switches to `path` (created with its folder when missing); empty closes. Returns the entries
    // already in it, oldest first, at most maximumEntries(); lines that cannot be read are skipped.
    QList<LoggedRequest> open(const QString& path);
    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }
    // Why the last open or append failed, empty when it did not.
    QString errorString() const { return m_error; }

    void append(const RequestRecord& record, bool probe);

    int maximumEntries() const { return m_maximumEntries; }
    void setMaximumEntries(int maximum);

    static QByteArray toJsonLine(const LoggedRequest& entry);
    static bool fromJsonLine(const QByteArray& line, LoggedRequest& entry);
    static bool exportCsv(const QList<LoggedRequest>& entries, QIODevice* device);
    static bool exportJson(const QList<LoggedRequest>& entries, QIODevice* device);

private:
    void compact();

    QFile m_file;
    QString m_error;
    int m_maximumEntries = DefaultMaximumEntries;
    int m_lines = 0;
};
