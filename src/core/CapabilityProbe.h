#pragma once

#include "Capabilities.h"

#include <QObject>
#include <QPointer>

class AdminRestClient;

// Finds out what a server has, without changing anything on it: ping, then the routes whose
// existence tells versions apart (the 404 "Invalid request path" / 405 rule of the contract),
// all concurrently. Emits finished() once; the result stays readable afterwards.
class CapabilityProbe : public QObject
{
    Q_OBJECT
public:
    explicit CapabilityProbe(AdminRestClient* client, QObject* parent = nullptr);

    void start();
    const Capabilities& result() const { return m_result; }

signals:
    void finished(const Capabilities& capabilities);

private:
    QPointer<AdminRestClient> m_client;
    Capabilities m_result;
};
