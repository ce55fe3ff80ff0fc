// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// InvitationsModel and PendingDeletionsModel: a refresh changes rows in place (no reset, the
// selection survives), a new invitation is added and a revoked one removed by row, expired ones are
// marked, and the time left before a pending deletion becomes final is in its largest whole unit
// (untranslated here: "(s)" plurals; the console loads the English plural forms).

#include "models/InvitationsModel.h"
#include "models/PendingDeletionsModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Invitation invitation(const QString& token, const QString& user, qint64 expiresIn)
{
    Invitation i;
    i.token = token;
    i.username = user;
    i.jid = user.isEmpty() ? u"example.org"_s : user + u"@example.org"_s;
    i.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    i.expires = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return i;
}
} // namespace

class TestAccountModels : public QObject
{
    Q_OBJECT

private slots:
    void invitationsAreUpdatedByRow();
    void expiredInvitationsAreMarked();
    void pendingDeletionsShowTheTimeLeft();
};

void TestAccountModels::invitationsAreUpdatedByRow()
{
    InvitationsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setInvitations({invitation(u"a"_s, u"alice"_s, 3600), invitation(u"b"_s, {}, 3600)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InvitationsModel::ForColumn).data().toString(), u"alice@example.org"_s);
    QCOMPARE(model.index(1, InvitationsModel::ForColumn).data().toString(), u"anyone (once)"_s);
    QCOMPARE(model.index(0, InvitationsModel::KindColumn).data().toString(), u"new account"_s);
    QCOMPARE(model.index(0, InvitationsModel::CreatorColumn).data().toString(), u"server"_s);

    model.addInvitation(invitation(u"c"_s, u"carol"_s, 60));
    model.removeToken(u"a"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(InvitationsModel::TokenRole).toString(), u"b"_s);
    QCOMPARE(model.index(1, 0).data(InvitationsModel::TokenRole).toString(), u"c"_s);
    model.setInvitations({invitation(u"c"_s, u"carol"_s, 60)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 2);
}

void TestAccountModels::expiredInvitationsAreMarked()
{
    InvitationsModel model;
    Invitation byServer = invitation(u"s"_s, u"sam"_s, 3600);
    byServer.expired = true; // the server's word wins over this computer's clock
    model.setInvitations({invitation(u"a"_s, u"alice"_s, 3600), invitation(u"o"_s, u"old"_s, -10), byServer});
    QVERIFY(!model.index(0, 0).data(InvitationsModel::ExpiredRole).toBool());
    QVERIFY(model.index(1, 0).data(InvitationsModel::ExpiredRole).toBool());
    QVERIFY(model.index(2, 0).data(InvitationsModel::ExpiredRole).toBool());
    QVERIFY(model.index(1, InvitationsModel::ExpiresColumn).data().toString().startsWith(u"expired "_s));
    QVERIFY(!model.index(0, InvitationsModel::ExpiresColumn).data().toString().startsWith(u"expired"_s));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"expired"_s));
    // Sorted by time, not by the text shown.
    QVERIFY(model.index(1, InvitationsModel::ExpiresColumn).data(InvitationsModel::SortRole).toDateTime()
        < model.index(0, InvitationsModel::ExpiresColumn).data(InvitationsModel::SortRole).toDateTime());
}

void TestAccountModels::pendingDeletionsShowTheTimeLeft()
{
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    QCOMPARE(PendingDeletionsModel::timeLeft(now.addDays(7), now), u"7 day(s)"_s);
    QCOMPARE(PendingDeletionsModel::timeLeft(now.addSecs(5 * 3600 + 59), now), u"5 hour(s)"_s);
    QCOMPARE(PendingDeletionsModel::timeLeft(now.addSecs(30), now), u"1 minute(s)"_s);
    QCOMPARE(PendingDeletionsModel::timeLeft(now.addSecs(-1), now), u"any moment now"_s);

    PendingDeletionsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QDateTime utcNow = QDateTime::currentDateTimeUtc();
    model.setPending({{u"alice@example.org"_s, utcNow, utcNow.addDays(3).addSecs(-60)},
        {u"bob@example.org"_s, utcNow, utcNow.addDays(1)}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PendingDeletionsModel::TimeLeftColumn).data().toString(), u"2 day(s)"_s);
    model.removeJid(u"alice@example.org"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PendingDeletionsModel::JidRole).toString(), u"bob@example.org"_s);
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestAccountModels)
#include "TestAccountModels.moc"
