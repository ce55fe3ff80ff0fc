// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/BulkJob.h"

#include "bulk/JobNotices.h"

#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cmath>
#include <utility>

BulkJob::BulkJob(QObject* parent)
    : QObject(parent)
{
}

BulkJob::~BulkJob()
{
    // Nobody is left to record the outcomes: detach first, then abort what is still in flight.
    for (Item& item : m_items) {
        if (ApiReply* reply = item.reply) {
            item.reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    const QList<BatchRequest> batches = std::exchange(m_batchRequests, {});
    for (const BatchRequest& request : batches) {
        if (ApiReply* reply = request.reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
}

int BulkJob::addItem(const QString& label, QList<Step> steps)
{
    Q_ASSERT(!m_running);
    Item item;
    item.outcome.label = label;
    item.steps = std::move(steps);
    m_items.append(std::move(item));
    ++m_counts[int(Status::NotStarted)];
    return int(m_items.size()) - 1;
}

int BulkJob::addSkippedItem(const QString& label, const QString& reason)
{
    Q_ASSERT(!m_running);
    Item item;
    item.outcome.label = label;
    item.outcome.status = Status::Skipped;
    item.outcome.message = reason;
    m_items.append(std::move(item));
    ++m_counts[int(Status::Skipped)];
    return int(m_items.size()) - 1;
}

int BulkJob::addBatch(Batch batch)
{
    batch.maxItems = qMax(1, batch.maxItems);
    m_batches.append({std::move(batch), 0, 0});
    return int(m_batches.size()) - 1;
}

void BulkJob::setBatchStep(int index, int step, int batch)
{
    Q_ASSERT(batch >= 0 && batch < m_batches.size());
    m_items[index].batchStep = step;
    m_items[index].batch = batch;
}

int BulkJob::batchSize(int batch) const
{
    const BatchKind& kind = m_batches.at(batch);
    int size = FirstBatchSize;
    if (kind.msPerItem > 0) {
        // At most twice the last size: one fast answer does not make the next request ten times longer.
        size = qMin(int(std::floor(TargetBatchMs / kind.msPerItem)), 2 * kind.lastSize);
    }
    // At most a twentieth of a big job, so that its progress moves in twenty steps or more.
    return qBound(1, qMin(size, qMax(FirstBatchSize, total() / 20)), kind.batch.maxItems);
}

void BulkJob::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
    schedulePump();
}

int BulkJob::count(Status status) const
{
    return m_counts[int(status)];
}

int BulkJob::total() const
{
    return itemCount() - count(Status::Skipped);
}

int BulkJob::done() const
{
    return count(Status::Succeeded) + count(Status::Failed) + count(Status::Cancelled);
}

void BulkJob::start()
{
    if (m_running)
        return;
    m_queue.clear();
    m_queueHead = 0;
    m_resume.clear();
    for (int i = 0; i < itemCount(); ++i) {
        if (m_items.at(i).outcome.status == Status::NotStarted)
            m_queue.append(i);
    }
    m_running = true;
    m_cancelling = false;
    emit started();
    emitProgress();
    // Items start from the event loop, so start() returns before any reply exists.
    schedulePump();
}

void BulkJob::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    schedulePump();
}

void BulkJob::abort()
{
    cancel();
    for (int i = 0; i < itemCount(); ++i) {
        Item& item = m_items[i];
        if (item.reply) {
            item.aborting = true;
            // Emits finished() (Cancelled) at once unless the reply has already finished.
            QPointer<ApiReply> reply = item.reply;
            reply->cancel();
        }
    }
    const QList<BatchRequest> batches = m_batchRequests;
    for (const BatchRequest& request : batches) {
        for (int index : request.items)
            m_items[index].aborting = true;
        if (QPointer<ApiReply> reply = request.reply)
            reply->cancel();
    }
}

bool BulkJob::retryFailed()
{
    if (m_running)
        return false;
    for (int i = 0; i < itemCount(); ++i) {
        const Status status = m_items.at(i).outcome.status;
        if (status == Status::Failed || status == Status::Cancelled) {
            Item& item = m_items[i];
            item.outcome.message.clear();
            item.outcome.error = {};
            setStatus(i, Status::NotStarted);
            emit itemChanged(i);
        }
    }
    start();
    return true;
}

void BulkJob::schedulePump()
{
    if (m_pumpQueued || !m_running)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &BulkJob::pump, Qt::QueuedConnection);
}

void BulkJob::pump()
{
    m_pumpQueued = false;
    if (!m_running)
        return;
    while (resumeWaiting()) { }
    while (!m_cancelling && m_inFlight < m_concurrency && m_queueHead < m_queue.size()) {
        const int index = m_queue.at(m_queueHead++);
        if (m_items.at(index).outcome.status != Status::NotStarted)
            continue;
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        setStatus(index, Status::Running);
        emit itemChanged(index);
        if (startsBatch(index)) {
            startBatch(index);
        } else {
            m_items[index].holdsSlot = true;
            startStep(index);
        }
    }
    checkFinished();
}

void BulkJob::startStep(int index)
{
    Item& item = m_items[index];
    item.aborting = false;
    ApiReply* reply
        = item.nextStep < item.steps.size() && item.steps.at(item.nextStep) ? item.steps.at(item.nextStep)() : nullptr;
    if (!reply) {
        stepFinished(index, false,
            ApiError::make(ApiError::Kind::InvalidInput, 0, {},
                QCoreApplication::translate("BulkJob", "The request could not be started: not connected.")),
            {});
        return;
    }
    if (reply->isFinished()) {
        // Finished before we could listen (it deletes itself later): take its result from the event loop.
        const bool ok = reply->ok();
        const ApiError error = reply->error();
        const QString message = reply->serverMessage();
        QMetaObject::invokeMethod(
            this, [this, index, ok, error, message] { stepFinished(index, ok, error, message); }, Qt::QueuedConnection);
        return;
    }
    item.reply = reply;
    connect(reply, &ApiReply::finished, this, [this, index, reply] {
        m_items[index].reply = nullptr;
        stepFinished(index, reply->ok(), reply->error(), reply->serverMessage());
    });
}

bool BulkJob::startsBatch(int index) const
{
    const Item& item = m_items.at(index);
    return m_batching && item.batch >= 0 && item.nextStep == item.batchStep;
}

void BulkJob::startBatch(int first)
{
    const int kind = m_items.at(first).batch;
    const int size = batchSize(kind);
    QList<int> items{first};
    while (items.size() < size && m_queueHead < m_queue.size()) {
        const int next = m_queue.at(m_queueHead);
        if (m_items.at(next).outcome.status != Status::NotStarted) {
            ++m_queueHead;
            continue;
        }
        if (m_items.at(next).batch != kind || !startsBatch(next))
            break;
        ++m_queueHead;
        setStatus(next, Status::Running);
        emit itemChanged(next);
        items.append(next);
    }
    for (int index : std::as_const(items))
        m_items[index].aborting = false;
    ++m_batchesSent;
    m_largestBatch = qMax(m_largestBatch, int(items.size()));
    m_batches[kind].lastSize = int(items.size());

    const Batch& batch = m_batches.at(kind).batch;
    ApiReply* reply = batch.send ? batch.send(items) : nullptr;
    QElapsedTimer timer;
    timer.start();
    if (!reply || reply->isFinished()) {
        const bool ok = reply && reply->ok();
        const ApiError error = reply
            ? reply->error()
            : ApiError::make(ApiError::Kind::InvalidInput, 0, {},
                QCoreApplication::translate("BulkJob", "The request could not be started: not connected."));
        const QList<ItemResult> results = ok ? batch.read(reply, items) : QList<ItemResult>{};
        QMetaObject::invokeMethod(
            this, [this, kind, items, ok, error, results] { batchFinished(kind, items, ok, error, results, -1); },
            Qt::QueuedConnection);
        return;
    }
    m_batchRequests.append({reply, items});
    connect(reply, &ApiReply::finished, this, [this, kind, items, reply, timer] {
        m_batchRequests.removeIf([reply](const BatchRequest& request) { return request.reply == reply; });
        const bool ok = reply->ok();
        const QList<ItemResult> results = ok ? m_batches.at(kind).batch.read(reply, items) : QList<ItemResult>{};
        batchFinished(kind, items, ok, reply->error(), results, timer.elapsed());
    });
}

void BulkJob::batchFinished(int kind, const QList<int>& items, bool ok, const ApiError& error,
    const QList<ItemResult>& results, qint64 elapsedMs)
{
    --m_inFlight;
    if (elapsedMs >= 0)
        m_batches[kind].msPerItem = qMax(0.1, double(elapsedMs) / double(items.size()));
    const bool complete = results.size() == items.size();
    const ApiError incomplete = ApiError::make(ApiError::Kind::MalformedResponse, 0, {},
        QCoreApplication::translate("BulkJob", "The server answered for %1 of the %2 users of the batch.")
            .arg(results.size())
            .arg(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!ok)
            stepFinished(items.at(i), false, error, {});
        else if (!complete)
            stepFinished(items.at(i), false, incomplete, {});
        else
            stepFinished(items.at(i), !results.at(i).error.isError(), results.at(i).error, results.at(i).serverMessage);
    }
    schedulePump();
}

bool BulkJob::resumeWaiting()
{
    if (m_resume.isEmpty() || (!m_cancelling && m_inFlight >= m_concurrency))
        return false;
    const int index = m_resume.takeFirst();
    Item& item = m_items[index];
    if (m_cancelling) {
        const QString stopped = QCoreApplication::translate("BulkJob", "Stopped before step %1 of %2.")
                                    .arg(item.nextStep + 1)
                                    .arg(item.steps.size());
        finishItem(index, Status::Cancelled, (item.stepMessages + QStringList{stopped}).join(QStringLiteral("; ")));
        return true;
    }
    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    item.holdsSlot = true;
    startStep(index);
    return true;
}

void BulkJob::stepFinished(int index, bool ok, const ApiError& error, const QString& serverMessage)
{
    Item& item = m_items[index];
    const bool aborted = item.aborting;
    item.aborting = false;
    const bool tolerated = error.kind != ApiError::Kind::Cancelled && (item.mayFail & (1u << item.nextStep))
        && item.nextStep + 1 < item.steps.size();
    if (!ok && !tolerated) {
        const QString done = item.stepMessages.join(QStringLiteral("; "));
        if (error.kind == ApiError::Kind::Cancelled) {
            const QString message = aborted ? QCoreApplication::translate("BulkJob",
                                        "Stopped while the request was on its way: the server may have applied it.")
                                            : error.userMessage();
            finishItem(
                index, Status::Cancelled, done.isEmpty() ? message : done + QStringLiteral("; ") + message, error);
        } else {
            const QString message = error.userMessage();
            finishItem(index, Status::Failed, done.isEmpty() ? message : done + QStringLiteral("; ") + message, error);
        }
        return;
    }
    if (!serverMessage.isEmpty())
        item.stepMessages.append(serverMessage);
    ++item.nextStep;
    item.outcome.stepsDone = item.nextStep;
    if (item.nextStep < item.steps.size()) {
        if (m_cancelling) {
            const QString stopped = QCoreApplication::translate("BulkJob", "Stopped before step %1 of %2.")
                                        .arg(item.nextStep + 1)
                                        .arg(item.steps.size());
            finishItem(index, Status::Cancelled, (item.stepMessages + QStringList{stopped}).join(QStringLiteral("; ")));
            return;
        }
        if (!item.holdsSlot) {
            // Past its batch step: it waits for a place like an item that starts.
            m_resume.append(index);
            schedulePump();
            return;
        }
        startStep(index);
        return;
    }
    finishItem(index, Status::Succeeded, item.stepMessages.join(QStringLiteral("; ")));
}

void BulkJob::finishItem(int index, Status status, const QString& message, const ApiError& error)
{
    Item& item = m_items[index];
    item.outcome.message = message;
    item.outcome.error = status == Status::Succeeded ? ApiError() : error;
    setStatus(index, status);
    if (item.holdsSlot) {
        item.holdsSlot = false;
        --m_inFlight;
    }
    emit itemChanged(index);
    emitProgress();
    schedulePump();
}

void BulkJob::setStatus(int index, Status status)
{
    Status& current = m_items[index].outcome.status;
    --m_counts[int(current)];
    current = status;
    ++m_counts[int(status)];
}

void BulkJob::checkFinished()
{
    if (!m_running || m_inFlight > 0 || !m_resume.isEmpty())
        return;
    if (!m_cancelling && m_queueHead < m_queue.size())
        return;
    m_running = false;
    m_cancelling = false;
    const int failed = count(Status::Failed);
    if (m_reportsEnd)
        JobNotices::instance()->report(tr("Bulk job finished: %1 done, %2 failed, %3 skipped, %4 not done.")
                                           .arg(count(Status::Succeeded))
                                           .arg(failed)
                                           .arg(count(Status::Skipped))
                                           .arg(count(Status::Cancelled) + count(Status::NotStarted)),
            failed > 0);
    emit finished();
}

void BulkJob::emitProgress()
{
    emit progress(done(), total());
}
