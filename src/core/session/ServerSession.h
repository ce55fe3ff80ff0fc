#pragma once

#include "api/AdminRestClient.h"
#include "api/Capabilities.h"
#include "api/ConnectionSettings.h"
#include "api/RequestRecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class CapabilityProbe;

// The console's connection to one server: the client, what the probe found, and the state the
// status bar shows. Panes hold a pointer to it and issue their calls through client().
class ServerSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit ServerSession(QObject* parent = nullptr);
    ~ServerSession() override;

    // Replaces the client and probes the server; connected() or failed() follows.
    void connectTo(const QString& displayName, const ConnectionSettings& settings);
    void disconnectFromServer();

    AdminRestClient* client() const { return m_client; }
    const Capabilities& capabilities() const { return m_capabilities; }
    State state() const { return m_state; }
    QString displayName() const { return m_displayName; }
    ApiError lastError() const { return m_capabilities.error; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Panes call this when they finished a refresh, for the status bar.
    void markRefreshed();
    // Read-only sessions disable every write (set per profile): the panes disable their actions and
    // the client refuses whatever write still reaches it (ApiError::Kind::ReadOnly).
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Reads of the rooms, federation and certificates extensions (issue 16).
    QString domain() const { return m_client ? m_client->domain() : QString(); }
    TypedReply<QList<RoomInfo>>* rooms(const QString& host = {}, const QString& occupant = {}) const
    {
        return m_client->rooms(host, occupant);
    }
    TypedReply<RoomDetails>* room(const QString& roomJid) const { return m_client->room(roomJid); }
    TypedReply<QList<S2sConnection>>* s2sConnections(const QString& host = {}) const
    {
        return m_client->s2sConnections(host);
    }
    TypedReply<QList<CertificateInfo>>* certificates(const QString& host = {}) const
    {
        return m_client->certificates(host);
    }
    // Certificates expiring within this many days are flagged (set per profile; 14 by default).
    int certificateWarningDays() const { return m_certificateWarningDays; }
    void setCertificateWarningDays(int days)
    {
        if (days == m_certificateWarningDays)
            return;
        m_certificateWarningDays = days;
        emit certificateWarningDaysChanged(days);
    }
Q_SIGNALS:
    void certificateWarningDaysChanged(int days);

private:
    int m_certificateWarningDays = 14;

public:

signals:
    void stateChanged(ServerSession::State state);
    // A new client is in place and probed: panes drop their data and load anew.
    void connected();
    void failed(const ApiError& error);
    void refreshed(const QDateTime& when);
    void readOnlyChanged(bool readOnly);
    // Every request of the current client, for the activity log.
    void requestFinished(const RequestRecord& record);

private:
    void setState(State state);

    QPointer<AdminRestClient> m_client;
    QPointer<CapabilityProbe> m_probe;
    Capabilities m_capabilities;
    State m_state = State::Disconnected;
    QString m_displayName;
    QDateTime m_lastRefresh;
    bool m_readOnly = false;
};
