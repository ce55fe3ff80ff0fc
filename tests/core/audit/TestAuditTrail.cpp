// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "audit/AuditTrail.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

// AuditTrail: the activity log on disk, one JSON object per line, read on a worker thread, capped,
// exported as CSV or JSON.
class TestAuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void damagedLinesAreSkipped();
    void capped();
    void unwritableFolder();
    void appendsWhileLoadingComeAfter();
    void switchingWhileLoadingLoadsTheNewFile();
    void exports();

private:
    static RequestRecord record(int n, ApiError::Kind kind = ApiError::Kind::None);
    // Opens `path` and waits for what it holds.
    static QList<LoggedRequest> openAndLoad(AuditTrail& trail, const QString& path);
    static QList<LoggedRequest> readAll(const QString& path) { return AuditTrail::read(path, 1000).entries; }
    QTemporaryDir m_dir;
};

RequestRecord TestAuditTrail::record(int n, ApiError::Kind kind)
{
    RequestRecord r;
    r.started = QDateTime(QDate(2026, 11, 24), QTime(12, 0, 0, 125), Qt::UTC).addSecs(n);
    r.method = "GET";
    r.path = u"/user/u%1"_s.arg(n);
    r.httpStatus = kind == ApiError::Kind::None ? 200 : 404;
    r.durationMs = n;
    r.errorKind = kind;
    r.message = u"answer, \"%1\"\nsecond line"_s.arg(n);
    return r;
}

QList<LoggedRequest> TestAuditTrail::openAndLoad(AuditTrail& trail, const QString& path)
{
    QSignalSpy loaded(&trail, &AuditTrail::loaded);
    trail.open(path);
    if (!loaded.wait(10000))
        return {};
    return loaded.constFirst().constFirst().value<QList<LoggedRequest>>();
}

void TestAuditTrail::roundTrip()
{
    const QString path = m_dir.filePath(u"a/b/round.jsonl"_s);
    {
        AuditTrail trail;
        QSignalSpy loaded(&trail, &AuditTrail::loaded);
        trail.open(path);
        QVERIFY2(trail.errorString().isEmpty(), qPrintable(trail.errorString()));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.constFirst().constFirst().value<QList<LoggedRequest>>().isEmpty());
        trail.append(record(1), true);
        trail.append(record(2, ApiError::Kind::NotFound), false);
    }
    AuditTrail trail;
    const QList<LoggedRequest> read = openAndLoad(trail, path);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).record.started, record(1).started);
    QCOMPARE(read.at(0).record.path, u"/user/u1"_s);
    QCOMPARE(read.at(0).record.message, record(1).message);
    QVERIFY(read.at(0).probe);
    QCOMPARE(read.at(1).record.errorKind, ApiError::Kind::NotFound);
    QCOMPARE(read.at(1).record.httpStatus, 404);
    QCOMPARE(read.at(1).record.durationMs, 2);
    QVERIFY(!read.at(1).probe);
    // Appending goes on at the end.
    trail.append(record(3), false);
    QCOMPARE(readAll(path).size(), 3);
}

void TestAuditTrail::damagedLinesAreSkipped()
{
    const QString path = m_dir.filePath(u"damaged.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(AuditTrail::toJsonLine({record(1), false}));
    file.write("{not json\n\n{\"time\":\"yesterday\"}\n");
    file.write(R"({"time":"2026-11-24T12:00:00.000Z","method":"GET","path":"/x","error":"SomethingNew"})"
               "\n");
    file.close();
    AuditTrail trail;
    const QList<LoggedRequest> read = openAndLoad(trail, path);
    QCOMPARE(read.size(), 2);
    // An error kind this version does not know is still shown as an error.
    QCOMPARE(read.at(1).record.errorKind, ApiError::Kind::HttpError);
}

void TestAuditTrail::capped()
{
    const QString path = m_dir.filePath(u"capped.jsonl"_s);
    AuditTrail trail;
    trail.setMaximumEntries(10);
    openAndLoad(trail, path);
    for (int n = 0; n < 25; ++n)
        trail.append(record(n), false);
    // Past twice the cap the file was rewritten with the newest half; never more than twice the cap.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int lines = int(file.readAll().count('\n'));
    QVERIFY2(lines <= 20 && lines >= 6, qPrintable(QString::number(lines)));
    AuditTrail reader;
    reader.setMaximumEntries(10);
    const QList<LoggedRequest> read = openAndLoad(reader, path);
    QCOMPARE(read.size(), std::min(lines, 10));
    QCOMPARE(read.last().record.path, u"/user/u24"_s);
}

void TestAuditTrail::unwritableFolder()
{
    AuditTrail trail;
    QSignalSpy loaded(&trail, &AuditTrail::loaded);
    trail.open(u"/proc/no/such/folder/x.jsonl"_s);
    QVERIFY(!trail.isOpen());
    QVERIFY(!trail.isLoading());
    QVERIFY(trail.errorString().contains(u"/proc/no/such/folder"_s));
    trail.append(record(1), false); // ignored, no crash
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
}

void TestAuditTrail::appendsWhileLoadingComeAfter()
{
    const QString path = m_dir.filePath(u"busy.jsonl"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int n = 0; n < 3; ++n)
            file.write(AuditTrail::toJsonLine({record(n), false}));
    }
    AuditTrail trail;
    QSignalSpy loaded(&trail, &AuditTrail::loaded);
    trail.open(path);
    // Logged before the worker is done: in the file after what was there, not in loaded().
    trail.append(record(10), false);
    QVERIFY(loaded.wait(10000));
    const auto entries = loaded.constFirst().constFirst().value<QList<LoggedRequest>>();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().record.path, u"/user/u2"_s);
    const QList<LoggedRequest> onDisk = readAll(path);
    QCOMPARE(onDisk.size(), 4);
    QCOMPARE(onDisk.last().record.path, u"/user/u10"_s);
}

void TestAuditTrail::switchingWhileLoadingLoadsTheNewFile()
{
    const QString first = m_dir.filePath(u"first.jsonl"_s);
    const QString second = m_dir.filePath(u"second.jsonl"_s);
    for (const QString& path : {first, second}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(AuditTrail::toJsonLine({record(path == first ? 1 : 2), false}));
    }
    AuditTrail trail;
    QSignalSpy loaded(&trail, &AuditTrail::loaded);
    trail.open(first);
    trail.open(second);
    QVERIFY(loaded.wait(10000));
    // The first file's read has finished on its worker, and whatever it queued has been delivered.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(loaded.size(), 1);
    const auto entries = loaded.constFirst().constFirst().value<QList<LoggedRequest>>();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().record.path, u"/user/u2"_s);
}

void TestAuditTrail::exports()
{
    const QList<LoggedRequest> entries{{record(1), true}, {record(2, ApiError::Kind::NotFound), false}};
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(AuditTrail::exportCsv(entries, &csv));
    const QByteArray text = csv.data();
    QVERIFY(text.startsWith("\xEF\xBB\xBFtime,method,path,status,duration_ms,error,message,probe\r\n"));
    QVERIFY(text.contains("2026-11-24T12:00:01.125Z,GET,/user/u1,200,1,,\"answer, \"\"1\"\"\nsecond line\",yes\r\n"));
    QVERIFY(text.contains(",GET,/user/u2,404,2,NotFound,"));

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(AuditTrail::exportJson(entries, &json));
    const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value(u"error"_s).toString(), u"NotFound"_s);
    QCOMPARE(array.at(0).toObject().value(u"probe"_s).toBool(), true);
    QCOMPARE(array.at(0).toObject().value(u"time"_s).toString(), u"2026-11-24T12:00:01.125Z"_s);
}

QTEST_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
