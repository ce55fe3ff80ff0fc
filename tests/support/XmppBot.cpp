// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "XmppBot.h"

#include "sandbox/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>

XmppBot::XmppBot(QObject* parent)
    : QObject(parent)
{
}

XmppBot::~XmppBot()
{
    stop();
}

void XmppBot::start(const QString& jid, const QString& password, const QString& host, int port, const QString& resource)
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    // "--option=value": a generated password may start with "-", which as a separate argument
    // argparse would take for an option (and the bot would fail now and then).
    QStringList arguments{SandboxProcess::serverDirectory() + QStringLiteral("/xmpp_bot.py"),
        QStringLiteral("--jid=") + jid, QStringLiteral("--password=") + password, QStringLiteral("--host=") + host,
        QStringLiteral("--port=") + QString::number(port)};
    if (!resource.isEmpty())
        arguments << QStringLiteral("--resource=") + resource;
    connect(m_process, &QProcess::readyReadStandardOutput, this, &XmppBot::readEvents);
    connect(m_process, &QProcess::finished, this, [this] {
        m_online = false;
        m_disconnected = true;
        emit eventReceived(QJsonObject{{QStringLiteral("event"), QStringLiteral("exited")}});
    });
    m_process->start(QStringLiteral("/usr/bin/python3"), arguments);
}

void XmppBot::readEvents()
{
    m_buffer.append(m_process->readAllStandardOutput());
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject event = QJsonDocument::fromJson(m_buffer.left(newline)).object();
        m_buffer.remove(0, newline + 1);
        const QString kind = event.value(u"event").toString();
        if (kind == u"online") {
            m_online = true;
            m_fullJid = event.value(u"jid").toString();
        } else if (kind == u"message") {
            m_messages.append({event.value(u"from").toString(), event.value(u"to").toString(),
                event.value(u"type").toString(), event.value(u"subject").toString(), event.value(u"body").toString()});
        } else if (kind == u"disconnected") {
            m_online = false;
            m_disconnected = true;
            m_disconnectReason = event.value(u"reason").toString();
        } else if (kind == u"error") {
            m_error = event.value(u"text").toString();
        }
        m_events.append(event);
        emit eventReceived(event);
    }
}

static bool waitUntil(XmppBot* bot, const std::function<bool()>& condition, int timeoutMs)
{
    QSignalSpy spy(bot, &XmppBot::eventReceived);
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

bool XmppBot::waitOnline(int timeoutMs)
{
    return waitUntil(
               this, [this] { return m_online || !m_error.isEmpty() || m_disconnected; }, timeoutMs)
        && m_online;
}

bool XmppBot::waitForMessage(const QString& body, Message* found, int timeoutMs)
{
    auto match = [&] {
        for (const Message& message : std::as_const(m_messages)) {
            if (message.body == body) {
                if (found)
                    *found = message;
                return true;
            }
        }
        return false;
    };
    return waitUntil(this, match, timeoutMs);
}

bool XmppBot::waitDisconnected(int timeoutMs)
{
    return waitUntil(
        this, [this] { return m_disconnected; }, timeoutMs);
}

void XmppBot::command(const QJsonObject& command)
{
    if (m_process)
        m_process->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

bool XmppBot::waitForEvent(const std::function<bool(const QJsonObject&)>& match, QJsonObject* found, int timeoutMs)
{
    auto seen = [&] {
        for (const QJsonObject& event : std::as_const(m_events)) {
            if (match(event)) {
                if (found)
                    *found = event;
                return true;
            }
        }
        return false;
    };
    return waitUntil(this, seen, timeoutMs);
}

void XmppBot::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}
