// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// Many API calls against a running server through the console's own code: AdminRestClient for the
// calls, BulkJob for bounded concurrency, UserImportPlan for creating users (exactly what the CSV
// import does). Prints one JSON line: the wall time, the outcomes and the longest gap between two
// ticks of a 10 ms timer on the GUI thread while the calls ran.
//
//   bench_api --url URL --jid JID --password PW --mode MODE [--count N] [--prefix P] [--users a,b,…]
//             [--concurrency C] [--gui] [--token] [--batch B]
//
// MODE: create (N users P1…PN), get (GET /user/<u>), roster (GET /roster/<u>), message (one
// POST /message/<u> each), multicast (one POST /message), broadcast (one POST /broadcast).
// get, roster, message and multicast use --users (comma-separated localparts, repeated to N).
// --gui shows the import dialog's outcome table and progress bar (offscreen) while the job runs.
// --token: the client signs in once (POST /token, then Bearer; our module's "tokens").
// create-batch, get-batch, roster-batch (our module's "batch"): the same work in batches of B users
// (POST /batch/create-users, /batch/users, /batch/rosters), C batches at a time; "succeeded" counts items.

#include "TickMonitor.h"
#include "api/AdminRestClient.h"
#include "bulk/BulkJob.h"
#include "bulk/BulkOutcomeModel.h"
#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

namespace {

QStringList targetNames(const QCommandLineParser& parser, int count)
{
    const QStringList users = parser.value(QStringLiteral("users")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList names;
    for (int i = 0; !users.isEmpty() && i < count; ++i)
        names.append(users.at(i % users.size()));
    return names;
}

void addCreateItems(BulkJob& job, AdminRestClient& client, const QString& prefix, int count)
{
    QByteArray csv = "user,password\n";
    for (int i = 1; i <= count; ++i)
        csv += prefix.toUtf8() + QByteArray::number(i) + ",bench-password-" + QByteArray::number(i) + '\n';
    const CsvDocument document = CsvReader::parse(csv, UserImportPlan::csvOptions());
    UserImportPlan::Options options;
    options.domain = client.domain();
    // The plan in a variable: a range-for over entries() of a temporary would read a destroyed list.
    const UserImportPlan plan = UserImportPlan::build(document, {}, {}, options);
    for (const UserImportPlan::Entry& entry : plan.entries())
        job.addItem(
            entry.jid, [&client, entry]() -> ApiReply* { return client.createUser(entry.target, entry.password); });
}

void addReadItems(BulkJob& job, AdminRestClient& client, const QString& mode, const QStringList& names)
{
    for (const QString& name : names) {
        if (mode == QLatin1String("get"))
            job.addItem(name, [&client, name]() -> ApiReply* { return client.user(name); });
        else if (mode == QLatin1String("roster"))
            job.addItem(name, [&client, name]() -> ApiReply* { return client.roster(name); });
        else
            job.addItem(
                name, [&client, name]() -> ApiReply* { return client.sendMessage(name, QStringLiteral("bench")); });
    }
}

// The batch modes: one job item per batch of `size` users; every item's own outcome is counted.
void addBatchItems(BulkJob& job, AdminRestClient& client, const QString& mode, const QStringList& names,
    const QString& prefix, int count, int size, int& itemsOk)
{
    for (int first = 0; first < count; first += size) {
        const int last = qMin(count, first + size);
        const QString label = QString::number(first);
        if (mode == QLatin1String("create-batch")) {
            QList<NewUser> users;
            for (int i = first + 1; i <= last; ++i)
                users.append({prefix + QString::number(i), QStringLiteral("bench-password-%1").arg(i), {}});
            job.addItem(label, [&client, users, &itemsOk]() -> ApiReply* {
                auto* reply = client.createUsers(users);
                QObject::connect(reply, &ApiReply::finished, [reply, &itemsOk] {
                    for (const auto& item : reply->value())
                        itemsOk += item.ok() ? 1 : 0;
                });
                return reply;
            });
            continue;
        }
        const QStringList chunk = names.mid(first, last - first);
        if (mode == QLatin1String("get-batch")) {
            job.addItem(label, [&client, chunk, &itemsOk]() -> ApiReply* {
                auto* reply = client.userDetails(chunk);
                QObject::connect(reply, &ApiReply::finished, [reply, &itemsOk] {
                    for (const auto& item : reply->value())
                        itemsOk += item.ok() ? 1 : 0;
                });
                return reply;
            });
        } else {
            job.addItem(label, [&client, chunk, &itemsOk]() -> ApiReply* {
                auto* reply = client.rosters(chunk);
                QObject::connect(reply, &ApiReply::finished, [reply, &itemsOk] {
                    for (const auto& item : reply->value())
                        itemsOk += item.ok() ? 1 : 0;
                });
                return reply;
            });
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char* name : {"url", "jid", "password", "mode", "count", "prefix", "users", "concurrency", "batch"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("gui")));
    parser.addOption(QCommandLineOption(QStringLiteral("token")));
    parser.process(app);

    ConnectionSettings settings;
    settings.baseUrl = QUrl(parser.value(QStringLiteral("url")));
    settings.jid = parser.value(QStringLiteral("jid"));
    settings.password = parser.value(QStringLiteral("password"));
    settings.timeoutMs = 120000;
    AdminRestClient client(settings);
    client.setTokenAuthentication(parser.isSet(QStringLiteral("token")));
    int batchItemsOk = 0;
    const bool batchMode = parser.value(QStringLiteral("mode")).endsWith(QLatin1String("-batch"));

    const QString mode = parser.value(QStringLiteral("mode"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const QStringList names = targetNames(parser, count);

    BulkJob job;
    job.setConcurrency(parser.isSet(QStringLiteral("concurrency")) ? parser.value(QStringLiteral("concurrency")).toInt()
                                                                   : BulkJob::DefaultConcurrency);
    if (batchMode)
        addBatchItems(job, client, mode, names, parser.value(QStringLiteral("prefix")), count,
            qMax(1, parser.value(QStringLiteral("batch")).toInt()), batchItemsOk);
    else if (mode == QLatin1String("create"))
        addCreateItems(job, client, parser.value(QStringLiteral("prefix")), count);
    else if (mode == QLatin1String("get") || mode == QLatin1String("roster") || mode == QLatin1String("message"))
        addReadItems(job, client, mode, names);
    else if (mode == QLatin1String("multicast")) {
        QList<MulticastRecipient> recipients;
        for (const QString& name : names)
            recipients.append({name, QStringLiteral("bench")});
        job.addItem(
            QStringLiteral("multicast"), [&client, recipients]() -> ApiReply* { return client.multicast(recipients); });
    } else if (mode == QLatin1String("broadcast"))
        job.addItem(QStringLiteral("broadcast"),
            [&client]() -> ApiReply* { return client.broadcast(QStringLiteral("bench")); });
    else {
        std::fprintf(stderr, "unknown --mode %s\n", qPrintable(mode));
        return 2;
    }

    QWidget window;
    BulkOutcomeModel outcomes;
    if (parser.isSet(QStringLiteral("gui"))) {
        auto* layout = new QVBoxLayout(&window);
        auto* table = new QTableView(&window);
        auto* progress = new QProgressBar(&window);
        outcomes.setJob(&job);
        table->setModel(&outcomes);
        table->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(table);
        layout->addWidget(progress);
        QObject::connect(&job, &BulkJob::progress, progress, [progress](int done, int total) {
            progress->setMaximum(qMax(total, 1));
            progress->setValue(done);
        });
        window.resize(800, 600);
        window.show();
    }

    TickMonitor ticks;
    QElapsedTimer clock;
    QObject::connect(&job, &BulkJob::finished, &app, [&] {
        const qint64 ns = clock.nsecsElapsed();
        ticks.stop();
        QString firstError;
        for (int i = 0; i < job.itemCount() && firstError.isEmpty(); ++i) {
            if (job.outcome(i).status != BulkJob::Status::Succeeded)
                firstError = job.outcome(i).message;
        }
        const QJsonObject result{
            {QStringLiteral("mode"), mode},
            {QStringLiteral("items"), batchMode ? count : job.itemCount()},
            {QStringLiteral("succeeded"), batchMode ? batchItemsOk : job.count(BulkJob::Status::Succeeded)},
            {QStringLiteral("requests"), job.itemCount()},
            {QStringLiteral("sign_ins"), client.tokenSignIns()},
            {QStringLiteral("failed"), job.count(BulkJob::Status::Failed)},
            {QStringLiteral("seconds"), ns / 1e9},
            {QStringLiteral("concurrency"), job.concurrency()},
            {QStringLiteral("peak_in_flight"), job.peakInFlight()},
            {QStringLiteral("longest_tick_gap_ms"), ticks.longestGapMs()},
            {QStringLiteral("ticks"), ticks.ticks()},
            {QStringLiteral("gui"), parser.isSet(QStringLiteral("gui"))},
            {QStringLiteral("first_error"), firstError},
        };
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        QApplication::quit();
    });
    ticks.start();
    clock.start();
    job.start();
    return QApplication::exec();
}
