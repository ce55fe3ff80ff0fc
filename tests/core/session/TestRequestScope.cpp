// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// RequestScope, the one place stale replies are dropped: a reply's handler runs only if the scope
// was not reset between the request and its answer; callbacks and signals likewise; a destroyed
// scope runs nothing. Against the fake HTTP server, with real replies.

#include "ClientTestHelpers.h"
#include "session/RequestScope.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

class TestRequestScope : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void currentReplyIsHandled();
    void resetDropsTheOlderReplies();
    void guardedCallbackRunsOnlyInItsScope();
    void signalWithArgumentsIsGuarded();
    void destroyedScopeRunsNothing();

signals:
    void named(const QString& name);

private:
    // Sends GET /ping; `finished` counts every answer, handled or not.
    TypedReply<QString>* ping();

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AdminRestClient> m_client;
    int m_answered = 0;
};

void TestRequestScope::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute("GET /ping", Response::json(200, R"("PONG")"));
    m_client = std::make_unique<AdminRestClient>(settingsFor(m_server->url()));
    m_answered = 0;
}

void TestRequestScope::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TypedReply<QString>* TestRequestScope::ping()
{
    auto* reply = m_client->ping();
    connect(reply, &ApiReply::finished, this, [this] { ++m_answered; });
    return reply;
}

void TestRequestScope::currentReplyIsHandled()
{
    RequestScope scope;
    QString seen;
    auto* reply = ping();
    scope.onFinished(reply, [&seen, reply] { seen = reply->value(); });
    QTRY_COMPARE(m_answered, 1);
    QCOMPARE(seen, u"PONG"_s);
}

void TestRequestScope::resetDropsTheOlderReplies()
{
    RequestScope scope;
    QStringList handled;
    scope.reset();
    scope.onFinished(ping(), [&handled] { handled << u"first"_s; });
    // A newer refresh: the first answer, still on its way, is stale from now on.
    scope.reset();
    scope.onFinished(ping(), [&handled] { handled << u"second"_s; });
    QTRY_COMPARE(m_answered, 2);
    QCOMPARE(handled, QStringList{u"second"_s});
    QCOMPARE(m_server->requests().size(), 2);
}

void TestRequestScope::guardedCallbackRunsOnlyInItsScope()
{
    RequestScope scope;
    QStringList seen;
    auto callback = scope.guard([&seen](const QString& value, int number) { seen << value + QString::number(number); });
    callback(u"a"_s, 1);
    const RequestScope::Ticket ticket = scope.ticket();
    QVERIFY(ticket.isCurrent());
    scope.reset();
    QVERIFY(!ticket.isCurrent());
    callback(u"b"_s, 2);
    QCOMPARE(seen, QStringList{u"a1"_s});
    // A guard taken in the new scope runs.
    scope.guard([&seen] { seen << u"c"_s; })();
    QCOMPARE(seen, (QStringList{u"a1"_s, u"c"_s}));
}

void TestRequestScope::signalWithArgumentsIsGuarded()
{
    RequestScope scope;
    QStringList names;
    scope.on(this, &TestRequestScope::named, [&names](const QString& name) { names << name; });
    emit named(u"one"_s);
    scope.reset();
    emit named(u"two"_s);
    QCOMPARE(names, QStringList{u"one"_s});
}

void TestRequestScope::destroyedScopeRunsNothing()
{
    auto scope = std::make_unique<RequestScope>();
    bool handled = false;
    scope->onFinished(ping(), [&handled] { handled = true; });
    const RequestScope::Ticket ticket = scope->ticket();
    auto callback = scope->guard([&handled] { handled = true; });
    // The pane that owned it is gone: its answers have nowhere to go.
    scope.reset();
    QVERIFY(!ticket.isCurrent());
    callback();
    QTRY_COMPARE(m_answered, 1);
    QVERIFY(!handled);
}

QTEST_GUILESS_MAIN(TestRequestScope)
#include "TestRequestScope.moc"
