// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <QDateTime>

#include <memory>

class ActivityLogFilterProxy;
class ActivityLogModel;
class AuditTrail;
class QAction;
namespace Ui {
class ActivityLogPane;
}

// Every request the console made, newest at the bottom: time, method, path, status, duration and
// the server's message. Failures stand out and can be shown alone; selected rows copy as
// tab-separated text (Ctrl+C or the Copy button). Nothing here is read from the server: refresh()
// does nothing, and the log survives reconnecting. With an audit trail file, it is kept on disk per
// profile and survives restarting; it exports as CSV or JSON.
class ActivityLogPane : public Pane
{
    Q_OBJECT
public:
    explicit ActivityLogPane(ServerSession* session, QWidget* parent = nullptr);
    ~ActivityLogPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    ActivityLogModel* model() const { return m_model; }
    ActivityLogFilterProxy* proxy() const { return m_proxy; }
    QAction* copyAction() const { return m_copyAction; }
    // The selected rows as the clipboard gets them: one tab-separated line per request, oldest first.
    QString selectedText() const;
    // Keeps the log in `path` (the profile's audit trail) and shows what is already there; empty
    // stops keeping it. Switching profiles switches files.
    void setAuditTrailFile(const QString& path);
    AuditTrail* auditTrail() const { return m_trail; }
    // Writes the entries shown (filtered as shown) as CSV, or as JSON when `path` ends in .json.
    bool exportTo(const QString& path);

protected:
    void sessionConnected() override { }

private:
    void copySelection();
    void chooseExportFile();
    void updateCountLabel();

    std::unique_ptr<Ui::ActivityLogPane> m_ui;
    ActivityLogModel* m_model = nullptr;
    ActivityLogFilterProxy* m_proxy = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_exportAction = nullptr;
    AuditTrail* m_trail = nullptr;
    bool m_followTail = true;
    QDateTime m_probeStarted; // UTC, when the session last began connecting
    QDateTime m_probeEnded; // UTC, when that probe ended (invalid while it runs)
};
