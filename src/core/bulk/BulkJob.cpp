#include "bulk/BulkJob.h"

#include "bulk/JobNotices.h"

#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QMetaObject>

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
    while (!m_cancelling && m_inFlight < m_concurrency && m_queueHead < m_queue.size()) {
        const int index = m_queue.at(m_queueHead++);
        if (m_items.at(index).outcome.status != Status::NotStarted)
            continue;
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        setStatus(index, Status::Running);
        emit itemChanged(index);
        startStep(index);
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
    --m_inFlight;
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
    if (!m_running || m_inFlight > 0)
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
