// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

class QLocalServer;
class QLockFile;

// One window per profile: a lock file per profile (<data dir>/locks/<id>.lock, QLockFile) held while
// this process shows that profile, and a local server through which a second launch on the same
// profile asks this window to come forward. The audit trail of a profile is written only by the
// process that holds its lock.
class ProfileInstance : public QObject
{
    Q_OBJECT
public:
    enum class Claim {
        Claimed, // this process holds the profile now
        BroughtForward, // another process holds it and brought its window forward
        HeldElsewhere, // another process holds it and did not answer
    };

    explicit ProfileInstance(QObject* parent = nullptr);
    ~ProfileInstance() override;

    // Takes the profile's lock (giving up the one held before). When another process holds it, that
    // process is asked to bring its window forward if `askToRaise`.
    Claim claim(const QUuid& profileId, bool askToRaise);
    // The process holding the profile, after a claim that was not Claimed.
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }

    static QString lockFile(const QUuid& profileId);
    static QString serverName(const QUuid& profileId);

signals:
    // A second launch asked for this window.
    void raiseRequested();

private:
    bool askHolderToRaise(const QUuid& profileId) const;
    void answerConnections();

    std::unique_ptr<QLockFile> m_lock;
    QUuid m_profile;
    QLocalServer* m_server = nullptr;
    qint64 m_holderPid = 0;
    QString m_holderHost;
};
