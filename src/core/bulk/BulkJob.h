// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <functional>

class ApiReply;

// Runs many API calls with a bounded number in flight, without ever blocking the event loop.
// Each item is one or more steps (a function that starts one call and returns its reply); an
// item's steps run one after the other and the item succeeds when all of them did. Writes are
// never retried on their own: retryFailed() is the operator's decision, and it resumes every item
// at the step that did not succeed, so nothing that succeeded is sent twice.
//
// One step of an item may be batchable (addBatch(), setBatchStep()): items waiting at that step then
// share one request (a batch route such as POST /batch/create-users) that answers every item's own
// outcome. A batch takes one place of the concurrency, is sized from the time the previous one took
// per item so that no request runs much longer than TargetBatchMs, and holds no more than a
// twentieth of a big job (FirstBatchSize at least), so the progress moves in twenty steps or more. Each item's outcome
// is what its own call would have given; an item's later steps then run one by one.
class BulkJob : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        NotStarted, // waiting, or never started because the job was cancelled
        Running,
        Succeeded,
        Failed,
        Skipped, // not meant to run (the reason is its message)
        Cancelled, // stopped part-way: its reply was aborted or a later step was not started
    };
    Q_ENUM(Status)

    using Step = std::function<ApiReply*()>;

    struct Outcome
    {
        QString label;
        Status status = Status::NotStarted;
        QString message; // the server's message on success, the error's sentence on failure, the reason
        ApiError error; // set when Failed
        int stepsDone = 0; // the item's steps that succeeded (a failed item's first ones may have)
    };

    // What a batch answered for one of its items: as the item's own call would have.
    struct ItemResult
    {
        ApiError error;
        QString serverMessage;
    };
    struct Batch
    {
        // Starts one request for these items (their indexes); null when it cannot be sent.
        std::function<ApiReply*(const QList<int>& items)> send;
        // Once the request succeeded: each item's result, in the order of `items`.
        std::function<QList<ItemResult>(ApiReply* reply, const QList<int>& items)> read;
        int maxItems = 1; // the most items the server takes in one request
    };
    // A batch request should take no longer than this (the ceiling is about a second).
    static constexpr int TargetBatchMs = 500;
    // The first batch of a kind, before its time per item is known.
    static constexpr int FirstBatchSize = 10;

    // Qt opens at most six HTTP/1.1 connections to a host; the two calls beyond them wait inside
    // Qt's network thread, which sends each on the first connection whose answer has arrived
    // without a round trip through this thread, so the server is never left without a request.
    // Chosen from BENCHMARKS.md items 1 and 8 (at six, the server idled between answers).
    static constexpr int DefaultConcurrency = 8;

    explicit BulkJob(QObject* parent = nullptr);
    // Aborts the calls still in flight.
    ~BulkJob() override;

    // Adds an item; returns its index. Only before start() or while the job is idle.
    int addItem(const QString& label, QList<Step> steps);
    int addItem(const QString& label, Step step) { return addItem(label, QList<Step>{std::move(step)}); }
    int addSkippedItem(const QString& label, const QString& reason);
    // The item goes on with its next step when this one fails (other than Cancelled): for a write
    // whose effect a following read checks. The item's outcome is then that of the steps after it;
    // whoever made the step reads its failure from its reply.
    void setStepMayFail(int index, int step) { m_items[index].mayFail |= 1u << step; }
    // A kind of batch request; returns its id for setBatchStep().
    int addBatch(Batch batch);
    // Item `index`'s step `step` goes in requests of `batch` when the item starts at that step; its
    // own Step still runs it where the item reaches it otherwise, and without batching.
    void setBatchStep(int index, int step, int batch);
    // False: every item runs its own steps, its batch step's own Step included (the one-by-one path,
    // for comparison). Only while the job is idle.
    void setBatching(bool batching) { m_batching = batching; }
    bool isBatching() const { return m_batching && !m_batches.isEmpty(); }
    // How many items the next request of `batch` may hold.
    int batchSize(int batch) const;
    // The number of batch requests sent, and the most items one of them held.
    int batchesSent() const { return m_batchesSent; }
    int largestBatch() const { return m_largestBatch; }

    // False: the end is not reported to JobNotices (a job that is one part of a larger one, which
    // reports its own end). Default true.
    void setReportsEnd(bool reports) { m_reportsEnd = reports; }

    int concurrency() const { return m_concurrency; }
    // At least 1. Takes effect for the next item started.
    void setConcurrency(int concurrency);

    // Starts every NotStarted item. Returns at once; progress() and itemChanged() follow.
    void start();
    // Starts no further item. Calls in flight finish and their real outcome is recorded.
    void cancel();
    // cancel(), and also aborts the calls in flight: those items become Cancelled (the server may
    // already have applied them, and their message says so).
    void abort();
    // Runs again the Failed, Cancelled and NotStarted items, each from its first unfinished step.
    // False (nothing happens) while the job runs.
    bool retryFailed();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancelling; }
    int inFlight() const { return m_inFlight; }
    // The largest number of calls that were ever in flight at once.
    int peakInFlight() const { return m_peakInFlight; }

    int itemCount() const { return int(m_items.size()); }
    const Outcome& outcome(int index) const { return m_items.at(index).outcome; }
    int count(Status status) const;
    // Items that are meant to run (all but the skipped ones), and those of them that have finished.
    int total() const;
    int done() const;

signals:
    void itemChanged(int index);
    void progress(int done, int total);
    void started();
    // Every item that was started has finished (after a complete run, cancel() or abort()).
    void finished();

private:
    struct Item
    {
        Outcome outcome;
        QList<Step> steps;
        int nextStep = 0;
        QStringList stepMessages; // server messages of the steps that succeeded
        QPointer<ApiReply> reply;
        bool aborting = false;
        quint32 mayFail = 0; // bit n: step n's failure does not end the item
        int batchStep = -1; // the step that goes in batch requests, or -1
        int batch = -1;
        bool holdsSlot = false; // the item holds a place of the concurrency (not while in a batch)
    };
    struct BatchKind
    {
        Batch batch;
        double msPerItem = 0; // measured on the last request; 0 before the first
        int lastSize = 0;
    };
    struct BatchRequest
    {
        QPointer<ApiReply> reply;
        QList<int> items;
    };

    void schedulePump();
    void pump();
    void startStep(int index);
    bool startsBatch(int index) const;
    // Takes the items waiting at the same batch step after `first` from the queue, and sends them.
    void startBatch(int first);
    void batchFinished(int kind, const QList<int>& items, bool ok, const ApiError& error,
        const QList<ItemResult>& results, qint64 elapsedMs);
    // Items that finished their batch step and go on with the next one take a place again.
    bool resumeWaiting();
    void stepFinished(int index, bool ok, const ApiError& error, const QString& serverMessage);
    void finishItem(int index, Status status, const QString& message, const ApiError& error = {});
    void setStatus(int index, Status status);
    void checkFinished();
    void emitProgress();

    QList<Item> m_items;
    std::array<int, 6> m_counts{}; // items per Status
    QList<int> m_queue; // items waiting to start, in order
    QList<int> m_resume; // items past their batch step, waiting for a place to go on
    QList<BatchKind> m_batches;
    QList<BatchRequest> m_batchRequests; // in flight
    int m_batchesSent = 0;
    int m_largestBatch = 0;
    qsizetype m_queueHead = 0;
    int m_concurrency = DefaultConcurrency;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_pumpQueued = false;
    bool m_reportsEnd = true;
    bool m_batching = true;
};
