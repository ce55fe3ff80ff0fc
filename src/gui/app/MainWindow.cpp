// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "ui_MainWindow.h"

#include "profiles/UiSettings.h"
#include "session/ServerSession.h"
#include "widgets/Pane.h"
#include "widgets/PlainText.h"

#include <QCloseEvent>
#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>

#include <utility>

MainWindow::MainWindow(ServerSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_serverLabel(PlainText::label(this))
    , m_stateLabel(PlainText::label(this))
    , m_refreshLabel(PlainText::label(this))
    , m_autoRefresh(new QTimer(this))
{
    m_ui->setupUi(this);
    PlainText::protectViews(this);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCurrentPane);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusFilter);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPane);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refreshCurrentPane);
    connect(session, &ServerSession::stateChanged, this, &MainWindow::updateStatus);
    connect(session, &ServerSession::refreshed, this, &MainWindow::updateStatus);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(const QString& title, const QIcon& icon, std::function<Pane*()> create)
{
    m_ui->panes->addWidget(new QWidget(m_ui->panes));
    addSlot(title, icon, {std::move(create), nullptr});
}

void MainWindow::addPane(const QString& title, const QIcon& icon, Pane* pane)
{
    m_ui->panes->addWidget(pane);
    addSlot(title, icon, {nullptr, pane});
}

void MainWindow::addSlot(const QString& title, const QIcon& icon, PaneSlot slot)
{
    m_slots.append(std::move(slot));
    auto* item = new QListWidgetItem(icon, title, m_ui->navigation);
    item->setToolTip(title);
    // Every pane's name whole, whatever width the splitter was given or kept: the list is at least
    // as wide as its widest entry (up to the form's maximum).
    QListWidget* navigation = m_ui->navigation;
    const int itemWidth = navigation->sizeHintForIndex(navigation->indexFromItem(item)).width();
    navigation->setMinimumWidth(qMin(navigation->maximumWidth(),
        qMax(navigation->minimumWidth(),
            itemWidth + 2 * navigation->frameWidth() + navigation->verticalScrollBar()->sizeHint().width())));
    if (m_ui->navigation->currentRow() < 0)
        m_ui->navigation->setCurrentRow(0);
}

QList<Pane*> MainWindow::panes()
{
    QList<Pane*> all;
    for (int i = 0; i < m_slots.size(); ++i)
        all.append(buildPane(i));
    return all;
}

Pane* MainWindow::currentPane() const
{
    return qobject_cast<Pane*>(m_ui->panes->currentWidget());
}

void MainWindow::setCurrentPane(Pane* pane)
{
    for (int row = 0; row < m_slots.size(); ++row) {
        if (m_slots.at(row).pane == pane) {
            m_ui->navigation->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::showPane(int index)
{
    if (index < 0)
        return;
    // Before the window is shown, only the choice is kept: the pane is built when it appears.
    if (isVisible())
        buildPane(index);
    m_ui->panes->setCurrentIndex(index);
}

Pane* MainWindow::buildPane(int index)
{
    PaneSlot& slot = m_slots[index];
    if (slot.pane)
        return slot.pane;
    Pane* pane = std::exchange(slot.create, nullptr)();
    slot.pane = pane;
    QWidget* placeholder = m_ui->panes->widget(index);
    const bool current = m_ui->panes->currentIndex() == index;
    m_ui->panes->insertWidget(index, pane);
    if (current)
        m_ui->panes->setCurrentIndex(index);
    m_ui->panes->removeWidget(placeholder);
    delete placeholder;
    pane->catchUpWithSession();
    return pane;
}

void MainWindow::buildNextPaneWhenIdle()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_slots.at(i).pane) {
            buildPane(i);
            QTimer::singleShot(0, this, &MainWindow::buildNextPaneWhenIdle);
            return;
        }
    }
}

bool MainWindow::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
        // The pane chosen before the window was shown.
        if (m_ui->panes->currentIndex() >= 0)
            buildPane(m_ui->panes->currentIndex());
        break;
    case QEvent::Paint:
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, &MainWindow::buildNextPaneWhenIdle);
        }
        break;
    default:
        break;
    }
    return QMainWindow::event(event);
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
    emit autoRefreshIntervalChanged(seconds);
}

void MainWindow::setProfileControls(QWidget* switcher, const QList<QAction*>& actions)
{
    QToolBar* toolBar = addToolBar(tr("Server"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(switcher);
    toolBar->addActions(actions);
    m_ui->menuFile->insertActions(m_ui->actionQuit, actions);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
}

void MainWindow::setMarking(const QString& label, const QString& color)
{
    m_marking = label.trimmed();
    const QColor background(color);
    const bool shown = !m_marking.isEmpty() || background.isValid();
    m_ui->markingBar->setVisible(shown);
    if (shown) {
        QPalette palette = m_ui->markingBar->palette();
        const QColor fill = background.isValid() ? background : palette.color(QPalette::Highlight);
        palette.setColor(QPalette::Window, fill);
        // Dark text on light colours, white on dark ones.
        palette.setColor(QPalette::WindowText, fill.lightnessF() > 0.6 ? Qt::black : Qt::white);
        m_ui->markingBar->setPalette(palette);
        PlainText::setText(m_ui->markingBar, m_marking.toUpper());
        m_ui->markingBar->setMinimumHeight(m_marking.isEmpty() ? 6 : 0);
        QFont font = m_ui->markingBar->font();
        font.setBold(true);
        m_ui->markingBar->setFont(font);
    }
    updateStatus();
}

void MainWindow::restoreLayout(UiSettings* settings)
{
    m_layoutSettings = settings;
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    m_ui->splitter->restoreState(settings->splitterState());
    if (settings->currentPane() < m_slots.size())
        m_ui->navigation->setCurrentRow(settings->currentPane());
}

QAction* MainWindow::preferencesAction() const
{
    return m_ui->actionPreferences;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_layoutSettings) {
        m_layoutSettings->setWindowLayout(
            saveGeometry(), saveState(), m_ui->splitter->saveState(), m_ui->navigation->currentRow());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::focusFilter()
{
    Pane* pane = currentPane();
    if (auto* filter = pane ? pane->findChild<QLineEdit*>(QStringLiteral("filterEdit")) : nullptr) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void MainWindow::refreshCurrentPane()
{
    if (Pane* pane = currentPane())
        pane->refresh();
}

void MainWindow::updateStatus()
{
    const QString name = m_session->displayName();
    // The profile's name and marking are the operator's, but a profile may come from a file.
    PlainText::setText(m_serverLabel, name.isEmpty() ? tr("No server") : name);
    switch (m_session->state()) {
    case ServerSession::State::Disconnected:
        m_stateLabel->setText(tr("Disconnected"));
        break;
    case ServerSession::State::Connecting:
        m_stateLabel->setText(tr("Connecting…"));
        break;
    case ServerSession::State::Connected:
        m_stateLabel->setText(tr("Connected (%1)").arg(m_session->capabilities().flavorName()));
        break;
    case ServerSession::State::Failed:
        m_stateLabel->setText(tr("Connection failed: %1").arg(m_session->lastError().title()));
        break;
    }
    const QDateTime last = m_session->lastRefresh();
    m_refreshLabel->setText(
        last.isValid() ? tr("Last refresh %1").arg(QLocale().toString(last.time(), QLocale::ShortFormat)) : QString());
    QString title = name.isEmpty() ? tr("Prosody Admin Console") : tr("%1 — Prosody Admin Console").arg(name);
    if (!m_marking.isEmpty())
        title = tr("[%1] %2").arg(m_marking.toUpper(), title);
    PlainText::setWindowTitle(this, title);
}
