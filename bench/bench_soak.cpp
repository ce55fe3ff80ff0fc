// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The soak of issue 18: the console as src/main.cpp starts it (--url, --jid, PAC_ADMIN_PASSWORD), on the
// dashboard, refreshing every second, for --seconds. Every --sample seconds it prints one line of JSON:
// seconds since start, resident memory (KiB), open file descriptors, live QObjects (counted through
// Qt's object hooks, the ones GammaRay uses), and the longest event-loop gap of that period (ms).

#include "TickMonitor.h"
#include "app/ConsoleApplication.h"
#include "app/MainWindow.h"
#include "dashboard/DashboardPane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <cstdio>

// Qt's hook table (QtCore/private/qhooks_p.h): index 3 is called by every QObject constructor, 4 by
// every destructor.
extern quintptr Q_CORE_EXPORT qtHookData[];

namespace {

std::atomic<qint64> liveObjects{0};

void objectAdded(QObject*)
{
    ++liveObjects;
}

void objectRemoved(QObject*)
{
    --liveObjects;
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

qint64 openFds()
{
    return QDir(QStringLiteral("/proc/self/fd"))
        .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
        .size();
}

int argument(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// The console's own arguments: everything but --seconds and --sample with their values.
QStringList consoleArguments(const QStringList& args)
{
    QStringList kept;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds") || args.at(i) == QLatin1String("--sample"))
            ++i;
        else
            kept.append(args.at(i));
    }
    return kept;
}

} // namespace

int main(int argc, char* argv[])
{
    qtHookData[3] = reinterpret_cast<quintptr>(&objectAdded);
    qtHookData[4] = reinterpret_cast<quintptr>(&objectRemoved);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("prosody-admin-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/prosody-admin-console.svg")));
    const QStringList args = QApplication::arguments();
    const int seconds = argument(args, QStringLiteral("--seconds"), 1800);
    const int sampleSeconds = argument(args, QStringLiteral("--sample"), 30);

    ConsoleApplication console;
    int exitCode = 0;
    if (!console.start(consoleArguments(args), &exitCode))
        return exitCode;
    MainWindow* window = console.window();
    // The profile's interval (off for --url) is applied when it connects: keep it at one second.
    QObject::connect(window, &MainWindow::autoRefreshIntervalChanged, window, [window](int interval) {
        if (interval != 1)
            window->setAutoRefreshInterval(1);
    });
    window->setAutoRefreshInterval(1);
    for (Pane* pane : window->panes()) {
        if (qobject_cast<DashboardPane*>(pane))
            window->setCurrentPane(pane);
    }

    TickMonitor ticks;
    ticks.start();
    QElapsedTimer clock;
    clock.start();
    auto sample = [&] {
        QJsonObject line{{QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0},
            {QStringLiteral("rss_kib"), residentKib()}, {QStringLiteral("fds"), openFds()},
            {QStringLiteral("qobjects"), double(liveObjects.load())},
            {QStringLiteral("longest_gap_ms"), ticks.longestGapMs()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        ticks.stop();
        ticks.start();
    };
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, sample);
    sampler.start(sampleSeconds * 1000);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        sample();
        QApplication::quit();
    });
    sample();
    return QApplication::exec();
}
