// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// A big host's user listing through the console's own code, offline: the bytes of a GET /all-users
// answer (a file fetched from the sandbox) parsed by ResponseParser into UsersModel, against a bare
// QJsonDocument::fromJson of the same bytes; the heap the populated model holds above an empty one;
// and filter keystrokes through the Users pane's own proxy (UsersFilterProxy)
// (case-insensitive fixed string on the JID column, sorted by JID, shown in a table view).
// Times are the CPU time of the (only) thread, not wall time. Prints one JSON line. Run with
// QT_QPA_PLATFORM=offscreen.
//
//   bench_users --body FILE [--repeat R]

#include "api/ApiReply.h"
#include "api/ResponseParser.h"
#include "models/UsersFilterProxy.h"
#include "models/UsersModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonArray toJson(const QList<double>& values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// The CPU time this thread spent on `work`: on a shared machine, wall time also counts the time
// other processes had the core.
template <typename F> double cpuMs(F&& work)
{
    const double start = threadCpuMs();
    work();
    return threadCpuMs() - start;
}

bool parseInto(const HttpResponse& response, UsersModel& model)
{
    QList<RegisteredUser> users;
    QString message;
    if (ResponseParser::parseAllUsers(response, users, message).isError())
        return false;
    model.setUsers(users, {}, QStringLiteral("sandbox.localhost"));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("body"), QString(), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("repeat"), QString(), QStringLiteral("n"), QStringLiteral("5")));
    parser.process(app);
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();

    QFile file(parser.value(QStringLiteral("body")));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const HttpResponse response{200, "application/json", file.readAll(), {}};

    QList<double> fromJsonMs;
    QList<double> parseAndModelMs;
    int rows = 0;
    for (int i = 0; i < repeat; ++i) {
        fromJsonMs.append(cpuMs([&] {
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            rows = int(document.object().size());
        }));
        UsersModel model;
        bool ok = false;
        parseAndModelMs.append(cpuMs([&] { ok = parseInto(response, model); }));
        if (!ok) {
            std::fprintf(stderr, "the body does not parse as all-users\n");
            return 1;
        }
        rows = model.rowCount();
    }

    // Memory: the heap in use with the populated model and nothing else, above the empty model.
    auto* model = new UsersModel;
    const size_t emptyHeap = heapInUse();
    parseInto(response, *model);
    const size_t modelHeap = heapInUse();

    // The Users pane's proxy and view.
    auto* proxy = new UsersFilterProxy;
    proxy->setSourceModel(model);
    QTableView view;
    view.setSortingEnabled(true);
    view.setModel(proxy);
    view.sortByColumn(UsersModel::JidColumn, Qt::AscendingOrder);
    view.horizontalHeader()->setSectionResizeMode(UsersModel::JidColumn, QHeaderView::Stretch);
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    const size_t viewHeap = heapInUse();

    // Keystrokes: typing a name and erasing it again, each one filtered, laid out and painted.
    const QString typed = QStringLiteral("user4242");
    QStringList texts;
    for (int n = 1; n <= typed.size(); ++n)
        texts.append(typed.left(n));
    for (int n = typed.size() - 1; n >= 0; --n)
        texts.append(typed.left(n));
    QList<double> keystrokeMs;
    QList<QList<double>> byText(texts.size());
    for (int i = 0; i < repeat; ++i) {
        for (qsizetype t = 0; t < texts.size(); ++t) {
            keystrokeMs.append(cpuMs([&] {
                proxy->setText(texts.at(t));
                view.repaint();
                QApplication::processEvents();
            }));
            byText[t].append(keystrokeMs.last());
        }
    }
    // Each keystroke's median over the rounds, in typing order ("" is the text erased).
    QJsonArray keystrokesByText;
    for (qsizetype t = 0; t < texts.size(); ++t)
        keystrokesByText.append(QJsonArray{texts.at(t), median(byText.at(t))});

    const QJsonObject result{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("body_bytes"), response.body.size()},
        {QStringLiteral("fromjson_ms"), toJson(fromJsonMs)},
        {QStringLiteral("parse_model_ms"), toJson(parseAndModelMs)},
        {QStringLiteral("fromjson_median_ms"), median(fromJsonMs)},
        {QStringLiteral("parse_model_median_ms"), median(parseAndModelMs)},
        {QStringLiteral("keystroke_median_ms"), median(keystrokeMs)},
        {QStringLiteral("keystroke_max_ms"), *std::max_element(keystrokeMs.cbegin(), keystrokeMs.cend())},
        {QStringLiteral("keystrokes"), int(keystrokeMs.size())},
        {QStringLiteral("keystroke_median_ms_by_text"), keystrokesByText},
        {QStringLiteral("model_bytes_per_user"), double(modelHeap - emptyHeap) / qMax(1, model->rowCount())},
        {QStringLiteral("model_proxy_view_bytes_per_user"), double(viewHeap - emptyHeap) / qMax(1, model->rowCount())},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    view.setModel(nullptr);
    delete proxy;
    delete model;
    return 0;
}
