// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ChangeRoleDialog against the fake HTTP server, as the published module (no role listing): the
// dialog starts SetUserRoles, reports each changed user, and on a refusal half-way stays open and
// explains that the server has no such role, listing only the user that was refused.

#include "FakeHttpServer.h"
#include "api/ConnectionSettings.h"
#include "session/ServerSession.h"
#include "users/ChangeRoleDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;

class TestChangeRoleDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusedRoleIsExplainedAndTheDialogStaysOpen();
};

void TestChangeRoleDialog::refusedRoleIsExplainedAndTheDialogStaysOpen()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("GET /ping", Response::json(200, R"("PONG")"));
    server.setRoute("GET /all-users", Response::json(200, R"({"users":{},"count":0})"));
    server.setDefaultResponse(Response::message(404, u"Invalid request path"_s));
    ServerSession session;
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.jid = u"admin@example.org"_s;
    settings.password = u"secret"_s;
    settings.timeoutMs = 10000;
    QSignalSpy connected(&session, &ServerSession::connected);
    session.connectTo(u"fake"_s, settings);
    QVERIFY(connected.wait(10000));
    QVERIFY(!session.capabilities().rolesListedByServer);
    server.clearRequests();
    server.setRoute("PATCH /user/alice/role", Response::message(200, u"Role updated"_s));
    // The published module fails with an internal error on a role the server lacks.
    server.setRoute("PATCH /user/bob/role", Response::message(500, u"Internal server error"_s));

    ChangeRoleDialog dialog(&session, {u"alice@example.org"_s, u"bob@example.org"_s}, {}, {});
    QSignalSpy changed(&dialog, &ChangeRoleDialog::roleChanged);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    auto* combo = dialog.findChild<QComboBox*>(u"roleCombo"_s);
    QVERIFY(combo && combo->isEditable());
    combo->setEditText(u"x:custom"_s);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* banner = dialog.findChild<MessageBanner*>(u"banner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(ok->isEnabled());

    QStringList lines;
    for (const auto& request : server.requests())
        lines << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body);
    QCOMPARE(lines,
        (QStringList{u"PATCH /admin_rest/user/alice/role {\"role\":\"x:custom\"}"_s,
            u"PATCH /admin_rest/user/bob/role {\"role\":\"x:custom\"}"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first(), (QVariantList{u"alice@example.org"_s, u"x:custom"_s}));
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(
        banner->text().startsWith(u"bob@example.org: not changed. The server has no role “x:custom” (its roles: "_s),
        qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"alice"_s));
}

QTEST_MAIN(TestChangeRoleDialog)
#include "TestChangeRoleDialog.moc"
