// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiReply.h"
#include "api/ApiTypes.h"
#include "bulk/BulkJob.h"

#include <QObject>
#include <QPointer>

class AdminRestClient;
class ServerSession;

// A multi-step action a pane starts (delete users, remove roster contacts, …): the session it acts
// on, its requests run through one BulkJob (bounded concurrency, per-item outcomes, retry from the
// step that failed), each item's outcome a value. Panes bind to its signals and present outcomes;
// they never count pending replies themselves. Subclasses add their items in their constructor.
//
// The operation keeps the client it was made with: if the session moves to another server meanwhile,
// its requests still go to the server it was started for, and outcomes say what that server did.
class Operation : public QObject
{
    Q_OBJECT
public:
    using Status = BulkJob::Status;
    using Outcome = BulkJob::Outcome;

    ~Operation() override;

    // Starts every item; finished() follows (from the event loop, also when there is nothing to do).
    void start();
    void cancel() { m_job->cancel(); }
    // cancel(), and the calls in flight aborted too (their items become Cancelled).
    void abort() { m_job->abort(); }
    // Runs again the items that failed, each from its first unfinished step.
    bool retryFailed() { return m_job->retryFailed(); }

    bool isRunning() const { return m_job->isRunning(); }
    bool isCancelling() const { return m_job->isCancelling(); }
    // Requests on their way (a batch request counts once).
    int inFlight() const { return m_job->inFlight(); }
    int itemCount() const { return m_job->itemCount(); }
    // The items meant to run (all but the skipped ones), and those of them that have finished.
    int total() const { return m_job->total(); }
    int done() const { return m_job->done(); }
    const Outcome& outcome(int index) const { return m_job->outcome(index); }
    int count(Status status) const { return m_job->count(status); }
    // The most calls that were ever in flight at once.
    int peakInFlight() const { return m_job->peakInFlight(); }
    // The labels of the items with that status, in order.
    QStringList labels(Status status) const;
    // The first failed item's error (the one a pane shows), or no error.
    ApiError firstError() const;
    // Items go one by one even where the server has batch routes (the path of the published
    // modules, to compare with). Before start().
    void setOneByOne(bool oneByOne) { m_job->setBatching(!oneByOne); }
    bool usesBatches() const { return m_job->isBatching(); }
    // The job itself, for a model that shows every item's outcome (BulkOutcomeModel).
    BulkJob* job() const { return m_job; }

signals:
    void itemChanged(int index);
    void progress(int done, int total);
    void finished();

protected:
    Operation(ServerSession* session, QObject* parent);

    AdminRestClient* client() const;
    const ServerSession* session() const;
    // What the API wants in a path for this bare JID (or local part) on the operation's server.
    QString userPath(const QString& jid) const;
    int addItem(const QString& label, QList<BulkJob::Step> steps) { return m_job->addItem(label, std::move(steps)); }
    int addSkippedItem(const QString& label, const QString& reason) { return m_job->addSkippedItem(label, reason); }
    // The most items one batch request may hold on the operation's server (our module's POST
    // /batch/<operation>), or 0 where the server has no batch routes: items then go one by one.
    int batchMax() const;
    // A kind of batch request (BulkJob::addBatch): `call(client, items)` sends one for those items
    // (indexes) and returns a TypedReply<QList<BatchItem<T>>>; `record(item, value)` takes each
    // succeeded item's value before its outcome is announced, as valueStep() does.
    template <typename T, typename Call, typename Record> int addBatch(Call call, Record record)
    {
        BulkJob::Batch batch;
        batch.maxItems = batchMax();
        batch.send = [client = m_client, call](const QList<int>& items) -> ApiReply* {
            return client ? call(client.data(), items) : nullptr;
        };
        batch.read = [record](ApiReply* reply, const QList<int>& items) {
            const auto& answers = static_cast<TypedReply<QList<BatchItem<T>>>*>(reply)->value();
            QList<BulkJob::ItemResult> results;
            for (qsizetype i = 0; i < answers.size() && i < items.size(); ++i) {
                if (answers.at(i).ok())
                    record(items.at(i), answers.at(i).value);
                results.append({answers.at(i).error, answers.at(i).serverMessage});
            }
            return results;
        };
        return m_job->addBatch(std::move(batch));
    }
    // See BulkJob::setBatchStep().
    void setBatchStep(int index, int step, int batch) { m_job->setBatchStep(index, step, batch); }
    // A step that makes one call on the operation's client, or fails as "not connected" once that
    // client is gone (the session moved on).
    template <typename Call> BulkJob::Step step(Call call) const { return stepOn(m_client, call); }
    // step() on another client: for an operation that spans several servers (a fleet broadcast).
    template <typename Call> static BulkJob::Step stepOn(const QPointer<AdminRestClient>& client, Call call)
    {
        return [client, call]() -> ApiReply* { return client ? call(client.data()) : nullptr; };
    }
    // step(), and the reply's value handed to `record` when it succeeds: before the item's outcome is
    // announced (BulkJob::Outcome carries no typed value).
    template <typename Call, typename Record> BulkJob::Step valueStep(Call call, Record record)
    {
        return valueStepOn(m_client, call, record);
    }
    template <typename Call, typename Record>
    BulkJob::Step valueStepOn(const QPointer<AdminRestClient>& client, Call call, Record record)
    {
        return stepOn(client, [this, call, record](AdminRestClient* c) -> ApiReply* {
            auto* reply = call(c);
            auto take = [reply, record] {
                if (reply->ok())
                    record(reply->value());
            };
            if (reply->isFinished())
                take();
            else
                connect(reply, &ApiReply::finished, this, take);
            return reply;
        });
    }
    void setConcurrency(int concurrency) { m_job->setConcurrency(concurrency); }
    // See BulkJob::setStepMayFail().
    void setStepMayFail(int index, int step) { m_job->setStepMayFail(index, step); }
    // See BulkJob::setReportsEnd(): for an operation that is one part of a job reporting its own end.
    void setReportsEnd(bool reports) { m_job->setReportsEnd(reports); }
    // Starts no further item (those in flight finish): for operations that stop at the first failure.
    void stopStarting() { m_job->cancel(); }

private:
    QPointer<ServerSession> m_session;
    QPointer<AdminRestClient> m_client;
    BulkJob* m_job = nullptr;
};
