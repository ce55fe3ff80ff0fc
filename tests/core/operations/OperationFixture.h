// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

// What every operation test sets up: a ServerSession connected to a FakeHttpServer that answers the
// capability probe as our module or as the published current module, the requests that reached
// the server afterwards, and running an operation to its end.

#include "ClientTestHelpers.h"
#include "FakeHttpServer.h"
#include "operations/Operation.h"
#include "session/ServerSession.h"

#include <QSignalSpy>

#include <memory>

class OperationFixture
{
public:
    enum class Module { Ours, PublishedCurrent };

    // In init(): a fresh server listening and a session not yet connected.
    bool setUp()
    {
        m_server = std::make_unique<FakeHttpServer>();
        m_session = std::make_unique<ServerSession>();
        return m_server->listen();
    }
    // In cleanup().
    void tearDown()
    {
        m_session.reset();
        m_server.reset();
    }

    // Connects the session (the probe's requests are then forgotten); false when it did not connect.
    // `extensions`: what our module's /info adds, e.g. R"("extensions":["batch"],"batch_max":50)".
    bool connectAs(Module module = Module::Ours, const QByteArray& extensions = R"("extensions":[])")
    {
        m_server->setRoute("GET /ping", FakeHttpServer::Response::json(200, R"("PONG")"));
        if (module == Module::Ours) {
            m_server->setRoute("GET /info",
                FakeHttpServer::Response::json(200,
                    R"({"info":{"server":"example.org","prosody_version":"0.12.3","module":"admin_rest",)"
                    R"("module_version":"1.0","hosts":["example.org"],)"
                        + extensions + R"(,"roles":["prosody:admin","prosody:user"]}})"));
        } else {
            m_server->setRoute("GET /all-users", FakeHttpServer::Response::json(200, R"({"users":{},"count":0})"));
        }
        m_server->setDefaultResponse(FakeHttpServer::Response::message(404, QStringLiteral("Invalid request path")));
        QSignalSpy connected(m_session.get(), &ServerSession::connected);
        m_session->connectTo(QStringLiteral("fake"), settingsFor(m_server->url()));
        if (!connected.wait(10000))
            return false;
        m_server->clearRequests();
        return true;
    }

    // "METHOD path body" of every request since connecting, in the order received.
    QStringList requests() const
    {
        QStringList lines;
        for (const auto& request : m_server->requests())
            lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
        return lines;
    }
    // The same, sorted: for operations that run several requests at once.
    QStringList sortedRequests() const
    {
        QStringList lines = requests();
        lines.sort();
        return lines;
    }

    // Starts the operation and waits for its one finished().
    static bool run(Operation& operation)
    {
        QSignalSpy finished(&operation, &Operation::finished);
        operation.start();
        return finished.wait(10000) && finished.size() == 1;
    }

    FakeHttpServer* server() const { return m_server.get(); }
    ServerSession* session() const { return m_session.get(); }

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ServerSession> m_session;
};
