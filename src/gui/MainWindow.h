#pragma once

#include <QList>
#include <QMainWindow>

#include <memory>

class Pane;
class QAction;
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

    void addPane(Pane* pane);
    QList<Pane*> panes() const { return m_panes; }
    Pane* currentPane() const;
    void setCurrentPane(Pane* pane);
    // 0 turns auto-refresh off.
    void setAutoRefreshInterval(int seconds);
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshCurrentPane();
    // Find: the cursor goes to the current pane's filter field (a QLineEdit named "filterEdit").
    void focusFilter();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ServerSession* m_session = nullptr;
    QList<Pane*> m_panes;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QTimer* m_autoRefresh = nullptr;
    UiSettings* m_layoutSettings = nullptr;
    QString m_marking;
};
