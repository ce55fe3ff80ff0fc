// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxProcess.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef PAC_SOURCE_SERVER_DIR
#define PAC_SOURCE_SERVER_DIR ""
#endif
#ifndef PAC_INSTALLED_SERVER_DIR
#define PAC_INSTALLED_SERVER_DIR ""
#endif

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
{
}

SandboxProcess::~SandboxProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Closing stdin asks sandbox.py to stop Prosody and its bots and remove its data.
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(5000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000))
                m_process->kill();
        }
    }
}

QString SandboxProcess::serverDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("PAC_SERVER_DIR");
    const QStringList candidates{fromEnvironment, QStringLiteral(PAC_SOURCE_SERVER_DIR),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/prosody-admin-console/server"),
        QStringLiteral(PAC_INSTALLED_SERVER_DIR)};
    for (const QString& candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate + QStringLiteral("/sandbox.py")))
            return QDir(candidate).absolutePath();
    }
    return {};
}

void SandboxProcess::start()
{
    if (m_process)
        return;
    const QString directory = serverDirectory();
    if (directory.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("The sandbox server files (server/sandbox.py) were not found.")); },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/usr/bin/python3"));
    m_process->setArguments(QStringList{directory + QStringLiteral("/sandbox.py")} + m_arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
        [this] { m_stderr.append(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this, &SandboxProcess::handleFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Could not start /usr/bin/python3 for the sandbox: %1").arg(m_process->errorString()));
    });
    qCDebug(lcSandbox) << "Starting" << m_process->program() << m_process->arguments();
    m_process->start();
}

void SandboxProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->closeWriteChannel();
}

void SandboxProcess::readStandardOutput()
{
    m_stdout.append(m_process->readAllStandardOutput());
    if (m_ready)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    QString error;
    m_info = SandboxInfo::fromJson(m_stdout.left(newline), &error);
    if (!error.isEmpty()) {
        emit failed(tr("The sandbox answered something unexpected: %1").arg(error));
        return;
    }
    m_ready = true;
    qCDebug(lcSandbox) << "Sandbox ready at" << m_info.url.toString(QUrl::RemoveUserInfo) << "for" << m_info.domain;
    emit ready();
}

void SandboxProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_ready) {
        emit failed(tr("The sandbox stopped before it was ready (exit code %1, %2).\n%3")
                        .arg(exitCode)
                        .arg(status == QProcess::NormalExit ? tr("normal exit") : tr("crashed"))
                        .arg(logTail()));
    }
    qCDebug(lcSandbox) << "Sandbox ended, exit code" << exitCode;
    m_ready = false;
    emit stopped();
}
