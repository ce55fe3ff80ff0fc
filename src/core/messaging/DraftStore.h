// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

// Keeps a message being composed across failures, cancellations and restarts: the text and the
// recipients, written atomically (QSaveFile) to <AppDataLocation>/drafts/<name>.json a short while
// after each change, and at once by flush() and on destruction. Only one console process writes
// drafts: the first to save one holds the folder's lock until it exits; in another, saving fails
// with saveFailed() naming that process.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    struct Draft
    {
        QString text;
        QStringList recipients; // bare JIDs
        bool isEmpty() const { return text.isEmpty() && recipients.isEmpty(); }
        bool operator==(const Draft&) const = default;
    };

    // `name` tells drafts of different composers apart ("composer", "broadcast"); letters, digits,
    // '-' and '_' are kept, anything else becomes '_'.
    explicit DraftStore(const QString& name, QObject* parent = nullptr);
    ~DraftStore() override;

    Draft load() const;
    // Remembers the draft; it is written after debounceMs() unless another change comes first.
    void setDraft(const Draft& draft);
    Draft draft() const { return m_draft; }
    // Writes a pending change now.
    void flush();
    // Forgets the draft and removes its file.
    void clear();

    void setDebounceMs(int ms);
    int debounceMs() const;
    QString filePath() const { return m_path; }
    // Where the drafts are kept: <AppDataLocation>/drafts.
    static QString directory();

signals:
    void saved();
    // The file could not be written: the draft is kept in memory only. `problem` is translated.
    void saveFailed(const QString& problem);

private:
    bool write();

    QString m_path;
    Draft m_draft;
    bool m_dirty = false;
    QTimer* m_timer = nullptr;
};
