#pragma once

#include "Pane.h"

#include <QDateTime>

#include <memory>

class ActivityLogFilterProxy;
class ActivityLogModel;
class QAction;
namespace Ui {
class ActivityLogPane;
}

// Every request the console made, newest at the bottom: time, method, path, status, duration and
// the server's message. Failures stand out and can be shown alone; selected rows copy as
// tab-separated text (Ctrl+C or the Copy button). Nothing here is read from the server: refresh()
// does nothing, and the log survives reconnecting.
class ActivityLogPane : public Pane
{
    Q_OBJECT
public:
    explicit ActivityLogPane(ServerSession* session, QWidget* parent = nullptr);
    ~ActivityLogPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    ActivityLogModel* model() const { return m_model; }
    ActivityLogFilterProxy* proxy() const { return m_proxy; }
    QAction* copyAction() const { return m_copyAction; }
    // The selected rows as the clipboard gets them: one tab-separated line per request, oldest first.
    QString selectedText() const;

protected:
    void sessionConnected() override { }

private:
    void copySelection();
    void updateCountLabel();

    std::unique_ptr<Ui::ActivityLogPane> m_ui;
    ActivityLogModel* m_model = nullptr;
    ActivityLogFilterProxy* m_proxy = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_clearAction = nullptr;
    bool m_followTail = true;
    QDateTime m_probeStarted; // UTC, when the session last began connecting
    QDateTime m_probeEnded; // UTC, when that probe ended (invalid while it runs)
};
