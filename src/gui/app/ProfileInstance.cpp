// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/ProfileInstance.h"

#include "logging/LogCategories.h"
#include "storage/AppFolders.h"
#include "storage/PrivateFiles.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#include <unistd.h>

namespace {
constexpr int AnswerTimeoutMs = 3000;
const QByteArray RaiseRequest = QByteArrayLiteral("raise\n");
const QByteArray RaiseAnswer = QByteArrayLiteral("raised\n");
} // namespace

ProfileInstance::ProfileInstance(QObject* parent)
    : QObject(parent)
{
}

ProfileInstance::~ProfileInstance() = default;

QString ProfileInstance::lockFile(const QUuid& profileId)
{
    return AppFolders::dataDir() + QStringLiteral("/locks/") + profileId.toString(QUuid::WithoutBraces)
        + QStringLiteral(".lock");
}

QString ProfileInstance::serverName(const QUuid& profileId)
{
    // Per user: another user's console on the same profile id is not ours to raise.
    return QStringLiteral("prosody-admin-console-%1-%2").arg(::getuid()).arg(profileId.toString(QUuid::Id128));
}

ProfileInstance::Claim ProfileInstance::claim(const QUuid& profileId, bool askToRaise)
{
    if (m_lock && m_profile == profileId)
        return Claim::Claimed;
    const QString path = lockFile(profileId);
    PrivateFiles::makeFolder(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        m_holderPid = 0;
        m_holderHost.clear();
        QString application;
        lock->getLockInfo(&m_holderPid, &m_holderHost, &application);
        qCDebug(lcProfiles) << "Profile" << profileId << "is held by process" << m_holderPid << "on" << m_holderHost;
        if (askToRaise && askHolderToRaise(profileId))
            return Claim::BroughtForward;
        return Claim::HeldElsewhere;
    }
    PrivateFiles::restrictFile(path);
    delete m_server;
    m_lock = std::move(lock);
    m_profile = profileId;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // Holding the lock proves that a socket left by a process that died is no one's.
    QLocalServer::removeServer(serverName(profileId));
    if (!m_server->listen(serverName(profileId)))
        qCWarning(lcProfiles) << "Cannot listen for a second launch:" << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, &ProfileInstance::answerConnections);
    qCDebug(lcProfiles) << "Profile" << profileId << "claimed by this process";
    return Claim::Claimed;
}

bool ProfileInstance::askHolderToRaise(const QUuid& profileId) const
{
    // A blocking exchange of a few bytes: it happens before this launch opens any window.
    QLocalSocket socket;
    socket.connectToServer(serverName(profileId));
    if (!socket.waitForConnected(AnswerTimeoutMs))
        return false;
    socket.write(RaiseRequest);
    if (!socket.waitForBytesWritten(AnswerTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerTimeoutMs))
            return false;
    }
    return socket.readLine() == RaiseAnswer;
}

void ProfileInstance::answerConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == RaiseRequest) {
                qCDebug(lcProfiles) << "A second launch asked for this window: brought forward";
                socket->write(RaiseAnswer);
                socket->flush();
                emit raiseRequested();
            }
            socket->disconnectFromServer();
        });
    }
}
