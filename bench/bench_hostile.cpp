// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The hostile server's answers (issue 18) through the console's own client, with a window shown:
// for each case, the longest gap between two ticks of a 10 ms timer on the GUI thread from the
// request to the reply's report, how the reply ended, and the resident memory before the first case
// and after each run of them all (once the event loop has run for two seconds with nothing to do). bench/hostile.py
// serves the answers (another process, so that producing them costs this one nothing) and writes the report.
//
//   bench_hostile --url URL [--repeat N]
//
// Cases (the route each is served on): nested (GET /modules, 500,000 levels), million (GET /all-users,
// 1,000,000 users), string (GET /whitelist, one 8 MB entry), message (GET /users, a 500 with an 8 MB
// message), trickle (GET /ping, a byte every 20 ms for ever), chunked (GET /users/count, 64 KiB chunks
// for ever). Then "million, parsed on the GUI thread": the same body given to the parser there, as
// the client did before issue 18, for comparison.

#include "TickMonitor.h"
#include "api/AdminRestClient.h"
#include "api/PoolRelease.h"
#include "api/ResponseParser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace {

// Runs the event loop until `sender` emits `signal` (at most five minutes).
template <typename Sender, typename Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// The event loop runs for `ms`: long enough for the client's deferred work after a large answer (it
// lets go of the memory on Qt's pool and trims the allocator PoolRelease::TrimDelayMs later).
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    settle();
}

// Runs one call to its report; the longest GUI-thread gap meanwhile, the outcome and the time.
QJsonObject measure(const QString& name, ApiReply* reply, const std::function<QString()>& shown)
{
    TickMonitor ticks;
    QElapsedTimer clock;
    clock.start();
    ticks.start();
    QString outcome;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        outcome
            = reply->ok() ? shown() : reply->error().title() + QStringLiteral(": ") + reply->error().detail.left(80);
    });
    waitFor(reply, &ApiReply::finished);
    ticks.stop();
    return {{QStringLiteral("case"), name}, {QStringLiteral("longest_gap_ms"), ticks.longestGapMs()},
        {QStringLiteral("seconds"), clock.elapsed() / 1000.0}, {QStringLiteral("outcome"), outcome}};
}

QList<QJsonObject> runCases(AdminRestClient& client)
{
    QList<QJsonObject> rows;
    rows.append(measure(QStringLiteral("nested"), client.modules(), [] { return QStringLiteral("shown"); }));
    auto* million = client.allUsers();
    rows.append(measure(QStringLiteral("million"), million,
        [million] { return QStringLiteral("shown: %1 users").arg(million->value().size()); }));
    auto* string = client.whitelist();
    rows.append(measure(QStringLiteral("string"), string,
        [string] { return QStringLiteral("shown: %1 characters").arg(string->value().value(0).size()); }));
    rows.append(measure(QStringLiteral("message"), client.connectedSessions(), [] { return QStringLiteral("shown"); }));
    rows.append(measure(QStringLiteral("trickle"), client.ping(), [] { return QStringLiteral("shown"); }));
    rows.append(
        measure(QStringLiteral("chunked"), client.connectedUserCount(), [] { return QStringLiteral("shown"); }));
    return rows;
}

// The million-user body parsed on the GUI thread, as before issue 18.
QJsonObject parsedOnGuiThread(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url.toString() + QStringLiteral("/all-users"))));
    waitFor(reply, &QNetworkReply::finished);
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader("Content-Type");
    response.body = reply->readAll();
    reply->deleteLater();
    TickMonitor ticks;
    ticks.start();
    QList<RegisteredUser> users;
    QString message;
    ResponseParser::parseAllUsers(response, users, message);
    ticks.stop();
    return {{QStringLiteral("case"), QStringLiteral("million, parsed on the GUI thread")},
        {QStringLiteral("longest_gap_ms"), ticks.longestGapMs()},
        {QStringLiteral("outcome"), QStringLiteral("%1 users").arg(users.size())}};
}

} // namespace

int main(int argc, char* argv[])
{
    PoolRelease::setAllocatorThresholds(); // as the console's main() does
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("url"), QStringLiteral("base URL"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("repeat"), QStringLiteral("runs of every case"), QStringLiteral("n"), QStringLiteral("3")});
    parser.process(app);

    QLabel window(QStringLiteral("hostile server"));
    window.resize(400, 200);
    window.show();

    ConnectionSettings settings;
    settings.baseUrl = QUrl(parser.value(QStringLiteral("url")));
    settings.jid = QStringLiteral("admin@localhost");
    settings.password = QStringLiteral("bench");
    settings.timeoutMs = 1000;
    AdminRestClient client(settings);
    settle();
    const qint64 before = residentKib();
    QJsonArray runs;
    for (int r = 0; r < parser.value(QStringLiteral("repeat")).toInt(); ++r) {
        QJsonArray cases;
        for (const QJsonObject& row : runCases(client))
            cases.append(row);
        idle(2 * PoolRelease::TrimDelayMs);
        QThreadPool::globalInstance()->waitForDone();
        runs.append(QJsonObject{{QStringLiteral("cases"), cases}, {QStringLiteral("rss_kib_after"), residentKib()}});
    }
    const QJsonObject gui = parsedOnGuiThread(settings.baseUrl);
    const QJsonObject out{{QStringLiteral("rss_kib_before"), before}, {QStringLiteral("runs"), runs},
        {QStringLiteral("gui_thread_parse"), gui}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
