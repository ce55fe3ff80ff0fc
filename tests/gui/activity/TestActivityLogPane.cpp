// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// ActivityLogPane against the sandbox: the requests the console made appear with method, path and
// status; failures stand out and can be shown alone; Ctrl+C copies tab-separated rows; and no
// password ever shows, neither the admin's nor one the console sent for a user.

#include "AwaitReply.h"
#include "PaneHarness.h"
#include "activity/ActivityLogFilterProxy.h"
#include "activity/ActivityLogPane.h"
#include "audit/ActivityLogModel.h"
#include "audit/AuditTrail.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestActivityLogPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void showsTheRequestsOfTheSession();
    void failuresStandOutAndFilter();
    void copiesSelectedRowsAsTabSeparatedText();
    void neverShowsAPassword();
    void keptOnDiskAndExported();

private:
    int rowOf(const QByteArray& method, const QString& pathEnd) const;
    // Every role of every cell of the view's model, as text, plus the clipboard of a full copy.
    QString everythingShown();

    QTemporaryDir m_dir;
    PaneHarness m_harness{this};
    ServerSession* m_session = nullptr;
    ActivityLogPane* m_pane = nullptr;
    QStringList m_created;
};

void TestActivityLogPane::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start({}, &error), qPrintable(error));
    m_session = new ServerSession(this);
    m_pane = new ActivityLogPane(m_session);
    m_pane->resize(1000, 500);
    m_pane->show();
    m_pane->setAuditTrailFile(m_dir.filePath(u"audit/profile.jsonl"_s));
    QVERIFY(m_harness.connectSession(m_session));
}

void TestActivityLogPane::cleanupTestCase()
{
    delete m_pane;
    for (const QString& user : std::as_const(m_created))
        awaitReply(m_harness.client->deleteUser(user));
}

int TestActivityLogPane::rowOf(const QByteArray& method, const QString& pathEnd) const
{
    const ActivityLogModel* model = m_pane->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->recordAt(row).method == method && model->recordAt(row).path.endsWith(pathEnd))
            return row;
    }
    return -1;
}

QString TestActivityLogPane::everythingShown()
{
    QString text;
    const QAbstractItemModel* model = PaneHarness::child<QTableView>(m_pane, "logView")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                text += model->index(row, column).data(role).toString() + QLatin1Char('\n');
        }
    }
    auto* view = PaneHarness::child<QTableView>(m_pane, "logView");
    view->selectAll();
    m_pane->copyAction()->trigger();
    text += QGuiApplication::clipboard()->text();
    view->clearSelection();
    return text;
}

void TestActivityLogPane::showsTheRequestsOfTheSession()
{
    // The capability probe's requests are already there, and what it did not find is no failure.
    QTRY_VERIFY(rowOf("GET", u"/ping"_s) >= 0);
    QVERIFY(m_pane->model()->isProbe(rowOf("GET", u"/ping"_s)));
    QCOMPARE(m_pane->model()->failureCount(), 0);
    AdminRestClient* client = m_session->client();
    const auto users = awaitReply(client->connectedSessions());
    QVERIFY(users.ok());
    const int row = rowOf("GET", u"/users"_s);
    QVERIFY(row >= 0);
    QVERIFY(!m_pane->model()->isProbe(row));
    const ActivityLogModel* model = m_pane->model();
    QCOMPARE(model->index(row, ActivityLogModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(model->index(row, ActivityLogModel::StatusColumn).data().toString(), u"200"_s);
    QVERIFY(model->index(row, ActivityLogModel::DurationColumn).data().toString().endsWith(u" ms"_s));
    QVERIFY(!model->index(row, 0).data(ActivityLogModel::FailedRole).toBool());
    // Shown in the view, newest at the bottom.
    auto* view = PaneHarness::child<QTableView>(m_pane, "logView");
    QTRY_COMPARE(view->model()->rowCount(), model->rowCount());
    QVERIFY(PaneHarness::child<QLabel>(m_pane, "countLabel")->text().contains(QString::number(model->rowCount())));
}

void TestActivityLogPane::failuresStandOutAndFilter()
{
    AdminRestClient* client = m_session->client();
    const QString missing = m_harness.server.uniqueUser(u"missing"_s);
    QVERIFY(!awaitReply(client->user(missing)).ok());
    QVERIFY(!awaitReply(client->changePassword(u"bad/name"_s, u"x"_s)).ok());
    const int failedRow = rowOf("GET", u"/user/"_s + missing);
    QVERIFY(failedRow >= 0);
    const ActivityLogModel* model = m_pane->model();
    QCOMPARE(model->index(failedRow, ActivityLogModel::StatusColumn).data().toString(), u"404"_s);
    QVERIFY(model->index(failedRow, 0).data(ActivityLogModel::FailedRole).toBool());
    QVERIFY(!model->index(failedRow, ActivityLogModel::MessageColumn).data().toString().isEmpty());

    // In the view: the error colour and an icon on the status.
    auto* view = PaneHarness::child<QTableView>(m_pane, "logView");
    const QModelIndex shownFailure
        = m_pane->proxy()->mapFromSource(model->index(failedRow, ActivityLogModel::StatusColumn));
    QVERIFY(shownFailure.data(Qt::ForegroundRole).canConvert<QColor>());
    QVERIFY(!shownFailure.data(Qt::DecorationRole).value<QIcon>().isNull());
    const int okRow = rowOf("GET", u"/ping"_s);
    const QModelIndex shownOk = m_pane->proxy()->mapFromSource(model->index(okRow, ActivityLogModel::StatusColumn));
    QVERIFY(!shownOk.data(Qt::ForegroundRole).isValid());

    PaneHarness::screenshot(m_pane, u"activity-log"_s);

    // Failures only.
    QTest::mouseClick(PaneHarness::child<QCheckBox>(m_pane, "failuresOnlyCheck"), Qt::LeftButton);
    QVERIFY(m_pane->proxy()->failuresOnly());
    QCOMPARE(view->model()->rowCount(), model->failureCount());
    QCOMPARE(view->model()->rowCount(), 2);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row, 0).data(ActivityLogModel::FailedRole).toBool());
    QVERIFY(PaneHarness::child<QLabel>(m_pane, "countLabel")->text().contains(u"shown"_s));
    PaneHarness::screenshot(m_pane, u"activity-log-failures"_s);
    QTest::mouseClick(PaneHarness::child<QCheckBox>(m_pane, "failuresOnlyCheck"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), model->rowCount());

    // Text filter across the columns.
    QTest::keyClicks(PaneHarness::child<QLineEdit>(m_pane, "filterEdit"), missing);
    QCOMPARE(view->model()->rowCount(), 1);
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->clear();
}

void TestActivityLogPane::copiesSelectedRowsAsTabSeparatedText()
{
    auto* view = PaneHarness::child<QTableView>(m_pane, "logView");
    QVERIFY(view->model()->rowCount() >= 2);
    QVERIFY(!m_pane->copyAction()->isEnabled());
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_pane->copyAction()->isEnabled());
    QGuiApplication::clipboard()->clear();

    // Ctrl+C in the view, when the platform lets the window take the focus; the Copy button otherwise.
    m_pane->activateWindow();
    if (QTest::qWaitForWindowActive(m_pane)) {
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
    } else {
        QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "copyButton"), Qt::LeftButton);
    }
    const QString copied = QGuiApplication::clipboard()->text();
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), m_pane->model()->rowText(0));
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), int(ActivityLogModel::ColumnCount));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(PaneHarness::child<QToolButton>(m_pane, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), copied);
    view->clearSelection();
}

void TestActivityLogPane::neverShowsAPassword()
{
    AdminRestClient* client = m_session->client();
    const QString user = m_harness.server.uniqueUser(u"secret"_s);
    m_created << user;
    const QString first = u"Very-Secret-First-9"_s;
    const QString second = u"Very-Secret-Second-9"_s;
    QVERIFY(awaitReply(client->createUser(user, first)).ok());
    QVERIFY(awaitReply(client->changePassword(user, second)).ok());
    // Creating it again (the server replaces the password) and a refused one.
    awaitReply(client->createUser(user, first));
    awaitReply(client->changePassword(u"no/such"_s, second));
    QTRY_VERIFY(rowOf("PATCH", u"/user/"_s + user + u"/password"_s) >= 0);

    const QString shown = everythingShown();
    QVERIFY(shown.contains(u"/user/"_s + user));
    const ConnectionSettings settings = m_harness.server.settings();
    const QByteArray credential = (settings.jid + QLatin1Char(':') + settings.password).toUtf8().toBase64();
    for (const QString& secret : {first, second, settings.password, QString::fromLatin1(credential)})
        QVERIFY2(!shown.contains(secret), "a password is shown in the activity log");
}

void TestActivityLogPane::keptOnDiskAndExported()
{
    // Every request of this session is in the audit trail, one line each, and no secret is.
    const QString trailPath = m_dir.filePath(u"audit/profile.jsonl"_s);
    QFile trail(trailPath);
    QVERIFY(trail.open(QIODevice::ReadOnly));
    const QByteArray written = trail.readAll();
    QCOMPARE(int(written.count('\n')), m_pane->model()->rowCount());
    const ConnectionSettings settings = m_harness.server.settings();
    const QByteArray credential = (settings.jid + QLatin1Char(':') + settings.password).toUtf8().toBase64();
    for (const QByteArray& secret :
        {settings.password.toUtf8(), credential, QByteArray("Very-Secret-First-9"), QByteArray("Very-Secret-Second-9")})
        QVERIFY2(!written.contains(secret), "a password is in the audit trail");

    // A console started later on the same profile shows the same log, read without blocking.
    ServerSession later;
    ActivityLogPane reopened(&later);
    reopened.setAuditTrailFile(trailPath);
    QTRY_COMPARE(reopened.model()->rowCount(), m_pane->model()->rowCount());
    const int last = m_pane->model()->rowCount() - 1;
    QCOMPARE(reopened.model()->recordAt(last).path, m_pane->model()->recordAt(last).path);
    QCOMPARE(reopened.model()->recordAt(last).httpStatus, m_pane->model()->recordAt(last).httpStatus);
    QCOMPARE(reopened.model()->failureCount(), m_pane->model()->failureCount());

    // Export what is shown: filtered to the password changes, as JSON and as CSV.
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->setText(u"/password"_s);
    const int shown = m_pane->proxy()->rowCount();
    QVERIFY(shown >= 2);
    const QString jsonPath = m_dir.filePath(u"log.json"_s);
    QVERIFY(m_pane->exportTo(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(int(exported.size()), shown);
    QCOMPARE(exported.first().toObject().value(u"method"_s).toString(), u"PATCH"_s);
    QVERIFY(exported.first().toObject().value(u"path"_s).toString().endsWith(u"/password"_s));
    const QString csvPath = m_dir.filePath(u"log.csv"_s);
    QVERIFY(m_pane->exportTo(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QCOMPARE(int(csvText.count("\r\n")), shown + 1);
    QVERIFY(csvText.contains("time,method,path,status,duration_ms,error,message,probe"));
    QVERIFY(!csvText.contains(settings.password.toUtf8()));
    // A folder that cannot be written: said so, nothing else happens.
    QVERIFY(!m_pane->exportTo(u"/proc/no-such-dir/log.csv"_s));
    QVERIFY(m_pane->banner()->text().contains(u"Could not write"_s));
    PaneHarness::child<QLineEdit>(m_pane, "filterEdit")->clear();
}

QTEST_MAIN(TestActivityLogPane)
#include "TestActivityLogPane.moc"
