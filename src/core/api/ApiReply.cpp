// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ApiReply.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

ApiReply::ApiReply(QByteArray method, QString path, QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
{
}

ApiReply::~ApiReply()
{
    // Deleted by its owner before it finished: the request must not outlive it.
    if (m_abort) {
        auto abort = std::move(m_abort);
        m_abort = nullptr;
        abort();
    }
}

void ApiReply::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_abort) {
        auto abort = std::move(m_abort);
        m_abort = nullptr;
        abort();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void ApiReply::complete(const HttpResponse& response)
{
    if (m_finished || m_parsing) {
        return;
    }
    m_status = response.status;
    m_requestId = response.requestId;
    ParseJob job = parseJob(response);
    if (response.body.size() < ParseOffThreadBytes) {
        QString serverMessage;
        const ApiError error = job.run(serverMessage);
        job.adopt();
        finishParsed(error, serverMessage);
        return;
    }
    using Outcome = std::pair<ApiError, QString>;
    m_parsing = true;
    m_large = true;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, adopt = std::move(job.adopt)] {
        m_parsing = false;
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (m_finished) {
            return; // cancelled meanwhile
        }
        adopt();
        finishParsed(outcome.first, outcome.second);
    });
    watcher->setFuture(QtConcurrent::run([run = std::move(job.run)] {
        QString serverMessage;
        ApiError error = run(serverMessage);
        return Outcome(std::move(error), serverMessage);
    }));
}

void ApiReply::finishParsed(ApiError error, const QString& serverMessage)
{
    m_serverMessage = serverMessage;
    if (error.isError() && error.serverMessage.isEmpty()) {
        error.serverMessage = serverMessage;
    }
    finish(error);
}

void ApiReply::finish(const ApiError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_abort = nullptr;
    m_error = error;
    if (m_error.isError()) {
        if (m_error.account.isEmpty()) {
            m_error.account = m_account;
        }
        if (m_error.server.isEmpty()) {
            m_error.server = m_server;
        }
    }
    if (m_status == 0) {
        m_status = error.httpStatus;
    }
    emit finished();
    deleteLater();
}

void ApiReply::finishLater(const ApiError& error)
{
    if (m_finished || m_finishQueued) {
        return;
    }
    m_finishQueued = true;
    // cancel() before the queued call runs wins: finish() ignores the second call.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}
