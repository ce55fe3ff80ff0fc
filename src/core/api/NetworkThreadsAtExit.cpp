// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/NetworkThreadsAtExit.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QThread>

#include <cstdlib>
#include <mutex>

void NetworkThreadsAtExit::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Loads the TLS backend and with it OpenSSL, which registers its atexit clean-up now: a
        // handler registered after it runs before it.
        QSslSocket::supportsSsl();
        std::atexit(&NetworkThreadsAtExit::waitForNetworkThreads);
    });
}

int NetworkThreadsAtExit::networkThreads()
{
    int count = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        // The kernel keeps 15 bytes of the name Qt gives the thread ("QNetworkAccessManager thread").
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccess")) {
            ++count;
        }
    }
    return count;
}

void NetworkThreadsAtExit::waitForNetworkThreads()
{
    // A manager still alive keeps its thread: give up after a while rather than hang the exit.
    const QDeadlineTimer deadline(5000);
    while (networkThreads() > 0 && !deadline.hasExpired()) {
        QThread::usleep(500);
    }
}
