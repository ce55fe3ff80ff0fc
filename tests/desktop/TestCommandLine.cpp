// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The installed binary's command line where there is no display (over SSH, in a package build):
// --help, --version and a wrong option answer without opening a window system.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpWithoutDisplay();
    void versionWithoutDisplay();
    void wrongOptionWithoutDisplay();
    void qtOptionsLeftToQt();
    void manPageListsEveryOption();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments) const;

    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCommandLine::Run TestCommandLine::run(const QStringList& arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all; xcb is what a desktop session would pick, and it fails without one.
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_SESSION_TYPE"_s})
        environment.remove(name);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAC_CONSOLE_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::helpWithoutDisplay()
{
    const Run result = run({u"--help"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Usage: "_s), qPrintable(result.out));
    for (const QString& option :
        {u"--profile <name>"_s, u"--url <url>"_s, u"--jid <jid>"_s, u"--sandbox"_s, u"--version"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
    QVERIFY2(!result.err.contains(u"display"_s, Qt::CaseInsensitive), qPrintable(result.err));
}

void TestCommandLine::versionWithoutDisplay()
{
    const Run result = run({u"--version"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"prosody-admin-console " PAC_VERSION "\n"_s);
}

void TestCommandLine::wrongOptionWithoutDisplay()
{
    const Run result = run({u"--no-such-option"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"no-such-option"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"display"_s, Qt::CaseInsensitive), qPrintable(result.err));
}

void TestCommandLine::qtOptionsLeftToQt()
{
    // Options of QGuiApplication and QApplication are theirs, not wrong options of the console.
    const Run result = run({u"-platform"_s, u"offscreen"_s, u"-style=Fusion"_s, u"-reverse"_s, u"--version"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"prosody-admin-console " PAC_VERSION "\n"_s);
}

void TestCommandLine::manPageListsEveryOption()
{
    // The manual page generated at build time documents each option --help lists, and the version.
    QFile page(QStringLiteral(PAC_MAN_PAGE));
    QVERIFY2(page.open(QIODevice::ReadOnly), PAC_MAN_PAGE);
    const QString man = QString::fromUtf8(page.readAll());
    QVERIFY(man.contains(u"prosody-admin-console " PAC_VERSION ""_s));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    static const QRegularExpression option(u"--([a-z-]+)"_s);
    int options = 0;
    for (auto it = option.globalMatch(help.out); it.hasNext(); ++options) {
        const QString name = it.next().captured(1);
        QVERIFY2(man.contains(u"\\-\\-"_s + name), qPrintable(name));
    }
    QVERIFY(options >= 6);
    for (const QString& section : {u".SH OPTIONS"_s, u".SH ENVIRONMENT"_s, u".SH FILES"_s, u".SH EXIT STATUS"_s,
             u".SH EXAMPLES"_s, u"QT_LOGGING_RULES"_s})
        QVERIFY2(man.contains(section), qPrintable(section));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
