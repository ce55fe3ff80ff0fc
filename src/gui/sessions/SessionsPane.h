// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/ReadUserSessions.h"
#include "widgets/Pane.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class RequestScope;
class QSortFilterProxyModel;
class SessionsModel;
namespace Ui {
class SessionsPane;
}

// Every connected session on the host. GET /users names each session's user and resource; the
// details (address, port, encryption, id) come from GET /user/<u> for each connected user, a few
// at a time. A refresh started later makes every answer of an earlier one stale.
class SessionsPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int DetailConcurrency = ReadUserSessions::Concurrency;

    explicit SessionsPane(ServerSession* session, QWidget* parent = nullptr);
    ~SessionsPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    SessionsModel* model() const { return m_model; }
    // True while a refresh or the detail requests it started are still running.
    bool isLoading() const { return m_loading; }
    // The most detail requests that were ever in flight at once (for tests).
    int peakDetailsInFlight() const { return m_peakInFlight; }
    // Asks (KickDialog, listing them) and then closes the selected sessions, where the server can.
    void kickSelected();
    // Closes these sessions ("user@host/resource") with the reason; the outcome goes to the banner.
    void kick(const QStringList& sessions, const QString& reason);

signals:
    // A refresh finished: the list and every user's details are in.
    void loaded();
    // A kick's answers are all in.
    void kicked();

protected:
    void sessionDisconnected() override;

private:
    // Reads the details of the listed users' sessions, DetailConcurrency at a time.
    void readDetails(const QStringList& users);
    void updateCountLabel();
    void finishIfDone();
    void cancelDetails();
    void updateActions();
    QStringList selectedSessions() const;

    std::unique_ptr<Ui::SessionsPane> m_ui;
    SessionsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequestScope* m_scope = nullptr; // the current refresh's replies
    QPointer<ReadUserSessions> m_details; // the current refresh's detail requests, while they run
    int m_peakInFlight = 0;
    int m_connectedUsers = -1; // GET /users/count, -1 until known
    int m_detailFailures = 0;
    bool m_listDone = false;
    bool m_countDone = false;
    bool m_loading = false;
};
