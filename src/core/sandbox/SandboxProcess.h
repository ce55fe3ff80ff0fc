// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxInfo.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

// Runs server/sandbox.py: a throwaway Prosody on free loopback ports with demo users.
// start() returns at once; ready() or failed() follows. The sandbox stops when stop() is called,
// when this object is destroyed, or when this process dies (it watches its standard input).
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override;

    // Extra arguments for sandbox.py (--users N, --no-offline, --emulate current, --https …).
    void setArguments(const QStringList& arguments) { m_arguments = arguments; }
    void start();
    void stop();

    bool isReady() const { return m_ready; }
    const SandboxInfo& info() const { return m_info; }
    QString logTail() const { return QString::fromUtf8(m_stderr.right(4000)); }

    // Where sandbox.py lives: $PAC_SERVER_DIR, else the source tree or the installed copy.
    static QString serverDirectory();

signals:
    void ready();
    void failed(const QString& message);
    void stopped();

private:
    void readStandardOutput();
    void handleFinished(int exitCode, QProcess::ExitStatus status);

    QProcess* m_process = nullptr;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    SandboxInfo m_info;
    bool m_ready = false;
};
