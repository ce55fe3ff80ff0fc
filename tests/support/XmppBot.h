// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

#include <functional>

// A real XMPP client (server/xmpp_bot.py, slixmpp) for tests: logs in, stays online and
// records every message it receives.
class XmppBot : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString from;
        QString to;
        QString type;
        QString subject;
        QString body;
    };

    explicit XmppBot(QObject* parent = nullptr);
    ~XmppBot() override;

    void start(
        const QString& jid, const QString& password, const QString& host, int port, const QString& resource = {});
    // Waits (event loop running) until the bot is online; false on error or timeout.
    bool waitOnline(int timeoutMs = 30000);
    // Waits until a message whose body equals `body` arrived; returns it through `found`.
    bool waitForMessage(const QString& body, Message* found = nullptr, int timeoutMs = 20000);
    bool waitDisconnected(int timeoutMs = 20000);
    // Group chat (see server/xmpp_bot.py): {"cmd": "join"|"leave"|"send", …} on the bot's stdin.
    void command(const QJsonObject& command);
    // Waits until an event (of any kind, also one seen before) matches; returns it through `found`.
    bool waitForEvent(
        const std::function<bool(const QJsonObject&)>& match, QJsonObject* found = nullptr, int timeoutMs = 20000);
    void stop();

    bool isOnline() const { return m_online; }
    QString fullJid() const { return m_fullJid; }
    QString errorText() const { return m_error; }
    QString disconnectReason() const { return m_disconnectReason; }
    const QList<Message>& messages() const { return m_messages; }

signals:
    void eventReceived(const QJsonObject& event);

private:
    void readEvents();

    QProcess* m_process = nullptr;
    QByteArray m_buffer;
    bool m_online = false;
    bool m_disconnected = false;
    QString m_fullJid;
    QString m_error;
    QString m_disconnectReason;
    QList<Message> m_messages;
    QList<QJsonObject> m_events;
};
