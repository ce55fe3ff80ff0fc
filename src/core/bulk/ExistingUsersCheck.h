// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Capabilities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class AdminRestClient;
class BulkJob;
class RequestScope;
class ServerSession;

// Finds out which of some users exist, before an import: from one listing where the server can
// list its users (our paged GET /registered-users, else GET /all-users), otherwise, and for users
// of other hosts, with one GET /user/<u> each, a bounded number at a time. A new start() or
// cancel() drops the answers of the check before (RequestScope).
class ExistingUsersCheck : public QObject
{
    Q_OBJECT
public:
    explicit ExistingUsersCheck(QObject* parent = nullptr);
    ~ExistingUsersCheck() override;

    // `jids`: normalised bare JIDs. Returns at once; finished() follows (also for an empty list).
    void start(AdminRestClient* client, const Capabilities& capabilities, const QStringList& jids, int concurrency = 4);
    // The same through a session: its client and what its probe found.
    void start(ServerSession* session, const QStringList& jids, int concurrency = 4);
    void cancel();
    bool isRunning() const { return m_running; }

    const QSet<QString>& existing() const { return m_existing; }
    // The users whose existence could not be found out, with a sentence saying why.
    const QHash<QString, QString>& unknown() const { return m_unknown; }
    // Set when the listing failed (the users are then all in unknown()).
    const ApiError& error() const { return m_error; }
    // How the check was made, for the dialog: "listing" or "per user".
    bool usedListing() const { return m_usedListing; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void listPage(int offset);
    void listingDone(const QList<QString>& listed);
    void listingFailed(const ApiError& error);
    void checkEach(const QStringList& jids);
    void finish();

    QPointer<AdminRestClient> m_client;
    QPointer<BulkJob> m_job;
    QStringList m_jids;
    QStringList m_collected;
    QSet<QString> m_existing;
    QHash<QString, QString> m_unknown;
    ApiError m_error;
    int m_concurrency = 4;
    RequestScope* m_scope = nullptr; // reset by start() and cancel(): older answers are dropped
    bool m_running = false;
    bool m_usedListing = false;
};
