// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/RequestRecord.h"

#include <QFile>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUuid>

class QIODevice;

// The activity log kept on disk, one file per profile: every request the console made, as one JSON
// object per line (time, method, path, status, duration, error kind, server message, probe flag).
// Never a secret: RequestRecord holds none. The file is capped: past maximumEntries() lines it is
// rewritten with the newest half. Export writes the same entries as CSV or a JSON array. A file is
// read on a worker thread (tens of thousands of lines take a noticeable fraction of a second), so
// switching files never blocks the GUI thread.
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaximumEntries = 20000;

    explicit AuditTrail(QObject* parent = nullptr);
    ~AuditTrail() override;

    // <application data>/audit/<profile id>.jsonl
    static QString fileForProfile(const QUuid& profileId);

    struct Contents
    {
        QList<LoggedRequest> entries; // oldest first, at most the maximum asked for
        int lines = 0; // every line read, including those that could not be read as an entry
    };
    // The entries of the file at `path` within its first `bytes` bytes (all when negative), oldest
    // first, at most `maximumEntries`; lines that cannot be read are skipped. Safe on any thread.
    static Contents read(const QString& path, int maximumEntries, qint64 bytes = -1);

    // Switches to `path` (created with its folder when missing); empty closes. Returns at once:
    // what the file already holds arrives with loaded(), and what is appended meanwhile goes into
    // the file after it (and is not in loaded()'s entries).
    void open(const QString& path);
    bool isLoading() const { return m_loading.isRunning(); }
    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }
    // Why the last open or append failed, empty when it did not.
    QString errorString() const { return m_error; }

    void append(const RequestRecord& record, bool probe);

    int maximumEntries() const { return m_maximumEntries; }
    void setMaximumEntries(int maximum);

signals:
    // The entries that were in the file when open() was called, oldest first, at most maximumEntries().
    void loaded(const QList<LoggedRequest>& entries);

public:
    static QByteArray toJsonLine(const LoggedRequest& entry);
    static bool fromJsonLine(const QByteArray& line, LoggedRequest& entry);
    static bool exportCsv(const QList<LoggedRequest>& entries, QIODevice* device);
    static bool exportJson(const QList<LoggedRequest>& entries, QIODevice* device);

private:
    void compact();
    void compactIfFull();

    QFutureWatcher<Contents> m_loading;
    QFile m_file;
    QString m_error;
    int m_maximumEntries = DefaultMaximumEntries;
    int m_lines = 0;
};
