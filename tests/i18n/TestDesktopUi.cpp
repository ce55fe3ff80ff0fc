// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FakeCredentialStore.h"
#include "ProfileTestFixture.h"
#include "ProfileUi.h"
#include "TestServer.h"
#include "app/ConsoleApplication.h"
#include "app/ConsoleTranslator.h"
#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/UiSettings.h"
#include "session/ServerSession.h"
#include "users/UsersPane.h"
#include "widgets/InputHintLabel.h"
#include "widgets/Pane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ProfileUi;

// The console as a desktop application, against the sandbox: in German and French and with English
// plurals, the language chosen in Preferences, the window's layout kept from one start to the next,
// Find, a name for every control a screen reader reaches, and error text readable on a dark palette.
class TestDesktopUi : public QObject, private ProfileTestFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void plurals_data();
    void plurals();
    void germanWindow();
    void preferencesChooseTheLanguage();
    void layoutIsRemembered();
    void everyControlHasAName();
    void tabFollowsTheLayout();
    void errorTextOnDarkPalette();

private:
    // A console started on a stored profile of the sandbox (its password in the fake keychain) and, with
    // `waitForConnection`, connected; null when it did not start or connect.
    std::unique_ptr<ConsoleApplication> startConsole(bool waitForConnection = false);

    std::unique_ptr<UiSettings> m_ui;
};

void TestDesktopUi::initTestCase()
{
    QVERIFY2(startSandbox(), qPrintable(m_server.error()));
}

void TestDesktopUi::init()
{
    freshProfileStore();
    m_ui = std::make_unique<UiSettings>(m_dir->filePath(u"console.ini"_s));
}

std::unique_ptr<ConsoleApplication> TestDesktopUi::startConsole(bool waitForConnection)
{
    std::optional<Profile> profile = m_store->findByName(u"Test"_s);
    if (!profile) {
        profile = m_store->save(profileFor(m_server.settings(), u"Test"_s));
        m_keychain->secrets.insert(key(*profile), m_server.settings().password);
    }
    auto console = std::make_unique<ConsoleApplication>(m_store.get(), m_keychain.get(), m_ui.get());
    int exitCode = -1;
    if (!console->start({u"console"_s, u"--profile"_s, profile->name}, &exitCode))
        return nullptr;
    QSignalSpy connected(console->session(), &ServerSession::connected);
    if (waitForConnection && !connected.wait(30000))
        return nullptr;
    return console;
}

void TestDesktopUi::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << u"en"_s << 1 << u"1 registered user"_s;
    QTest::newRow("en 2") << u"en"_s << 2 << u"2 registered users"_s;
    QTest::newRow("de 1") << u"de"_s << 1 << u"1 registrierter Benutzer"_s;
    QTest::newRow("de 3") << u"de"_s << 3 << u"3 registrierte Benutzer"_s;
    QTest::newRow("fr 0") << u"fr"_s << 0 << u"0 utilisateur inscrit"_s;
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 utilisateurs inscrits"_s;
}

void TestDesktopUi::plurals()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    ConsoleTranslator translator;
    QCOMPARE(translator.install(language), language);
    QCOMPARE(QCoreApplication::translate("UsersPane", "%n registered user(s)", nullptr, count), expected);
}

void TestDesktopUi::germanWindow()
{
    m_ui->setLanguage(u"de"_s);
    const std::unique_ptr<ConsoleApplication> console = startConsole(true);
    QVERIFY(console);
    MainWindow* window = console->window();

    QCOMPARE(window->menuBar()->actions().constFirst()->text(), u"&Datei"_s);
    QVERIFY2(window->windowTitle().endsWith(u"Prosody-Administrationskonsole"_s), qPrintable(window->windowTitle()));
    auto* users = window->findChild<UsersPane*>();
    window->setCurrentPane(users);
    auto* navigation = window->findChild<QListWidget*>(u"navigation"_s);
    QCOMPARE(navigation->currentItem()->text(), u"Benutzer"_s);
    // The Users pane says how many users it lists, in German and in the right plural.
    auto* sourceLabel = users->findChild<QLabel*>(u"sourceLabel"_s);
    QTRY_VERIFY2(sourceLabel->text().endsWith(u"registrierte Benutzer"_s), qPrintable(sourceLabel->text()));
    QVERIFY(sourceLabel->isVisible());
    // Qt's own strings come from qtbase_de.qm (Debian: qt6-translations-l10n).
    QVERIFY(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    QCOMPARE(QLocale().language(), QLocale::German);

    // Find puts the cursor in the current pane's filter.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"filterEdit"_s);
    QVERIFY(window->currentPane()->isAncestorOf(QApplication::focusWidget()));
    screenshot(window, u"main-window-de"_s);
}

void TestDesktopUi::preferencesChooseTheLanguage()
{
    const std::unique_ptr<ConsoleApplication> console = startConsole();
    QVERIFY(console);
    console->window()->preferencesAction()->trigger();
    auto* dialog = console->window()->findChild<PreferencesDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* combo = dialog->findChild<QComboBox*>(u"languageCombo"_s);
    QCOMPARE(combo->currentData().toString(), QString()); // the system's language
    QCOMPARE(combo->count(), 4);
    combo->setCurrentIndex(combo->findText(u"Français"_s));
    click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
    QCOMPARE(m_ui->language(), u"fr"_s);
    QCOMPARE(UiSettings(m_ui->fileName()).language(), u"fr"_s);

    // The next start speaks French.
    console->window()->close();
    const std::unique_ptr<ConsoleApplication> next = startConsole();
    QVERIFY(next);
    QCOMPARE(next->window()->menuBar()->actions().constFirst()->text(), u"&Fichier"_s);
}

void TestDesktopUi::layoutIsRemembered()
{
    QSize wanted;
    {
        const std::unique_ptr<ConsoleApplication> console = startConsole();
        QVERIFY(console);
        // A size of the operator's, above what the window needs at least (its panes' tool rows).
        wanted = console->window()->minimumSizeHint().expandedTo(QSize(910, 610)) + QSize(37, 23);
        console->window()->resize(wanted);
        console->window()->setCurrentPane(console->window()->panes().at(2));
        QVERIFY(console->window()->close());
    }
    QVERIFY(!m_ui->windowGeometry().isEmpty());
    const std::unique_ptr<ConsoleApplication> console = startConsole();
    QVERIFY(console);
    QCOMPARE(console->window()->size(), wanted);
    QCOMPARE(console->window()->currentPane(), console->window()->panes().at(2));
}

void TestDesktopUi::everyControlHasAName()
{
    const std::unique_ptr<ConsoleApplication> console = startConsole(true);
    QVERIFY(console);
    QStringList unnamed;
    for (Pane* pane : console->window()->panes()) {
        console->window()->setCurrentPane(pane);
        QSet<const QWidget*> labelled;
        for (const QLabel* label : pane->findChildren<QLabel*>()) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        for (const QWidget* widget : pane->findChildren<QWidget*>()) {
            // What the Tab key reaches in the window; parts of a combo box, spin box or view (and popups)
            // belong to their owner.
            if (!(widget->focusPolicy() & Qt::TabFocus) || labelled.contains(widget) || widget->isWindow()
                || widget->window() != console->window())
                continue;
            const QWidget* parent = widget->parentWidget();
            if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
                || qobject_cast<const QAbstractItemView*>(parent ? parent->parentWidget() : nullptr))
                continue;
            const auto* button = qobject_cast<const QAbstractButton*>(widget);
            if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                unnamed << QString::fromLatin1(pane->metaObject()->className()) + u": "_s
                        + QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestDesktopUi::tabFollowsTheLayout()
{
    const std::unique_ptr<ConsoleApplication> console = startConsole(true);
    QVERIFY(console);
    QStringList backwards;
    for (Pane* pane : console->window()->panes()) {
        console->window()->setCurrentPane(pane);
        QCoreApplication::processEvents();
        // Tab moves along a row, down to the next one, or across to a column further right; never back
        // up into a row above in the same column.
        QRect previous;
        QString previousName;
        for (QWidget* widget = pane->nextInFocusChain(); widget != pane; widget = widget->nextInFocusChain()) {
            if (!pane->isAncestorOf(widget) || !widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue;
            const QRect rect(widget->mapTo(pane, QPoint(0, 0)), widget->size());
            if (previous.isValid() && rect.top() < previous.top() - 4 && rect.left() < previous.right())
                backwards << QString::fromLatin1(pane->metaObject()->className()) + u": "_s + previousName + u" → "_s
                        + widget->objectName();
            previous = rect;
            previousName = widget->objectName();
        }
    }
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(u'\n')));
}

void TestDesktopUi::errorTextOnDarkPalette()
{
    auto contrast = [](const QColor& a, const QColor& b) {
        auto luminance = [](const QColor& c) {
            auto channel = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
            return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF()) + 0.0722f * channel(c.blueF());
        };
        const float la = luminance(a) + 0.05f;
        const float lb = luminance(b) + 0.05f;
        return la > lb ? la / lb : lb / la;
    };
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    for (const QPalette& palette : {dark, light}) {
        QWidget parent;
        parent.setPalette(palette);
        InputHintLabel hint(&parent);
        hint.showError(u"Enter a user name."_s);
        const QColor text = hint.palette().color(QPalette::WindowText);
        // WCAG AA for normal text.
        QVERIFY2(contrast(text, palette.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));
    }
}

QTEST_MAIN(TestDesktopUi)
#include "TestDesktopUi.moc"
