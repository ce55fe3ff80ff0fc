// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class Pane;
class QAction;
class QIcon;
class QLabel;
class QTimer;
class ServerSession;
class UiSettings;
namespace Ui {
class MainWindow;
}

// Hosts the panes, the status bar, the refresh actions and the profile switcher; nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ServerSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Lists a pane in the navigation. `create` builds it (a child of this window) the first time it
    // is shown or asked for, or else in the idle time after the window's first paint: the window
    // paints without waiting for panes nobody looks at yet.
    void addPane(const QString& title, const QIcon& icon, std::function<Pane*()> create);
    // A pane of class P (with its static title() and icon()), built on first use as above.
    template <typename P> void addPane(ServerSession* session)
    {
        addPane(P::title(), P::icon(), [this, session] { return new P(session, this); });
    }
    // Lists a pane that is already built (one that must work in the background from the start).
    void addPane(const QString& title, const QIcon& icon, Pane* pane);
    // Every pane, in navigation order; builds those not built yet.
    QList<Pane*> panes();
    Pane* currentPane() const;
    void setCurrentPane(Pane* pane);
    // 0 turns auto-refresh off.
    void setAutoRefreshInterval(int seconds);
    // The profile's certificate warning days, announced to the panes that warn of certificates.
    void setCertificateWarningDays(int days) { emit certificateWarningDaysChanged(days); }
    // The profile switcher and the profile actions: a toolbar, and the File menu.
    void setProfileControls(QWidget* switcher, const QList<QAction*>& actions);
    // Restores the size, toolbars, splitter and pane kept in `settings`, and keeps them there on close.
    void restoreLayout(UiSettings* settings);
    // Settings ▸ Preferences….
    QAction* preferencesAction() const;
    // The profile's safety rail: its label in the title and, in its colour, across the top of the
    // window. An empty label and colour remove it.
    void setMarking(const QString& label, const QString& color);

signals:
    // The profile's auto-refresh interval (0: off), for panes that sample in the background.
    void autoRefreshIntervalChanged(int seconds);
    void certificateWarningDaysChanged(int days);

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PaneSlot
    {
        std::function<Pane*()> create;
        Pane* pane = nullptr;
    };

    void addSlot(const QString& title, const QIcon& icon, PaneSlot slot);
    void showPane(int index);
    // Builds the pane of `index` in place of its placeholder in the stack, if not built yet.
    Pane* buildPane(int index);
    // One pane per event-loop pass, so that input and painting go on in between.
    void buildNextPaneWhenIdle();
    void refreshCurrentPane();
    // Find: the cursor goes to the current pane's filter field (a QLineEdit named "filterEdit").
    void focusFilter();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ServerSession* m_session = nullptr;
    QList<PaneSlot> m_slots;
    bool m_painted = false;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QTimer* m_autoRefresh = nullptr;
    UiSettings* m_layoutSettings = nullptr;
    QString m_marking;
};
