// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

// One window per profile, with real console processes (offscreen): a second launch on an open
// profile brings the first window forward and exits; when the first does not answer, the second
// names its process; once the first is gone, its profile can be opened again.
class TestSingleWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondLaunchBringsTheFirstForward();
    void unansweringHolderIsNamed();
    void profileFreeAfterTheHolderDied();
    void cleanupTestCase();

private:
    std::unique_ptr<QProcess> launch(const QStringList& arguments) const;
    // Waits until the process wrote `text` on its standard error (kept in `seen`).
    static bool waitForLog(QProcess& process, QByteArray& seen, const QByteArray& text);

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_first;
    QByteArray m_firstLog;
};

void TestSingleWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString config = m_home.filePath(u"config/prosody-admin-console"_s);
    QVERIFY(QDir().mkpath(config));
    ProfileStore store(config + u"/profiles.ini"_s);
    Profile lab;
    lab.name = u"Lab"_s;
    lab.baseUrl = QUrl(u"http://127.0.0.1:9/admin_rest"_s); // nothing answers: the window stays
    lab.adminJid = u"admin@lab.example"_s;
    QVERIFY(store.save(lab));
}

void TestSingleWindow::cleanupTestCase()
{
    if (m_first) {
        ::kill(pid_t(m_first->processId()), SIGCONT);
        m_first->kill();
        m_first->waitForFinished();
    }
}

std::unique_ptr<QProcess> TestSingleWindow::launch(const QStringList& arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"pac.profiles.debug=true"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(PAC_CONSOLE_BINARY), arguments);
    return process;
}

bool TestSingleWindow::waitForLog(QProcess& process, QByteArray& seen, const QByteArray& text)
{
    while (!seen.contains(text)) {
        if (process.state() == QProcess::NotRunning || !process.waitForReadyRead(30000))
            return false;
        seen += process.readAllStandardError();
    }
    return true;
}

void TestSingleWindow::secondLaunchBringsTheFirstForward()
{
    m_first = launch({u"--profile"_s, u"Lab"_s});
    m_first->setReadChannel(QProcess::StandardError);
    QVERIFY2(waitForLog(*m_first, m_firstLog, "claimed by this process"), m_firstLog.constData());

    const auto second = launch({u"--profile"_s, u"Lab"_s});
    QVERIFY(second->waitForFinished(30000));
    const QString out = QString::fromUtf8(second->readAllStandardOutput());
    QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
    QVERIFY2(out.contains(u"brought forward"_s), qPrintable(out));
    QVERIFY2(out.contains(QString::number(m_first->processId())), qPrintable(out));
    // The first window was asked, and came forward.
    QVERIFY2(waitForLog(*m_first, m_firstLog, "brought forward"), m_firstLog.constData());
    QCOMPARE(m_first->state(), QProcess::Running);

    // The lock is the owner's only.
    const QString locks = m_home.filePath(u"data/prosody-admin-console/locks"_s);
    QStringList files = QDir(locks).entryList({u"*.lock"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(locks).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0700);
}

void TestSingleWindow::unansweringHolderIsNamed()
{
    QVERIFY(m_first && m_first->state() == QProcess::Running);
    QCOMPARE(::kill(pid_t(m_first->processId()), SIGSTOP), 0); // holds the lock, answers nothing
    const auto second = launch({u"--profile"_s, u"Lab"_s});
    const bool finished = second->waitForFinished(30000);
    ::kill(pid_t(m_first->processId()), SIGCONT);
    QVERIFY(finished);
    const QString err = QString::fromUtf8(second->readAllStandardError());
    QCOMPARE(second->exitCode(), 1);
    QVERIFY2(err.contains(u"The profile “Lab” is open in process %1"_s.arg(m_first->processId())), qPrintable(err));
}

void TestSingleWindow::profileFreeAfterTheHolderDied()
{
    QVERIFY(m_first);
    m_first->kill(); // as in a crash: the lock file stays, naming a process that is gone
    QVERIFY(m_first->waitForFinished(30000));
    m_first.reset();
    const auto third = launch({u"--profile"_s, u"Lab"_s});
    third->setReadChannel(QProcess::StandardError);
    QByteArray log;
    QVERIFY2(waitForLog(*third, log, "claimed by this process"), log.constData());
    third->kill();
    third->waitForFinished(30000);
}

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "TestSingleWindow.moc"
