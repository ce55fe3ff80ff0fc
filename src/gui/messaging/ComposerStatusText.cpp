// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/ComposerStatusText.h"

#include <QStringList>

#include "api/ApiError.h"
#include "messaging/ComposerWidget.h"
#include "messaging/MessageSendJob.h"
#include "messaging/RecipientChecker.h"
#include "messaging/RecipientsModel.h"
#include "widgets/MessageBanner.h"

QString ComposerStatusText::recipients(const RecipientsModel& model)
{
    using Existence = RecipientChecker::Existence;
    const int total = model.rowCount();
    if (total == 0)
        return ComposerWidget::tr("No recipients yet.");
    int online = 0;
    int offline = 0;
    for (int row = 0; row < total; ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RecipientsModel::ExistenceRole).value<Existence>() != Existence::Exists)
            continue;
        (index.data(RecipientsModel::OnlineRole).toBool() ? online : offline) += 1;
    }
    QStringList parts;
    if (online > 0)
        parts << ComposerWidget::tr("%n online", nullptr, online);
    if (offline > 0)
        parts << ComposerWidget::tr("%n offline", nullptr, offline);
    const int unknown = int(model.addressesWith(Existence::Unknown).size());
    if (unknown > 0)
        parts << ComposerWidget::tr("%n unknown (skipped when sending)", nullptr, unknown);
    const int checking = int(model.addressesWith(Existence::Checking).size());
    if (checking > 0)
        parts << ComposerWidget::tr("%n being checked", nullptr, checking);
    const int failed = int(model.addressesWith(Existence::CheckFailed).size());
    if (failed > 0)
        parts << ComposerWidget::tr("%n could not be checked", nullptr, failed);
    QString text = ComposerWidget::tr("%n recipient(s)", nullptr, total);
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return text;
}

QString ComposerStatusText::progress(const MessageSendJob& job)
{
    int answered = 0;
    for (const QString& recipient : job.recipients()) {
        const MessageSendJob::Outcome o = job.outcome(recipient);
        if (o != MessageSendJob::Outcome::Pending && o != MessageSendJob::Outcome::Sending)
            ++answered;
    }
    return ComposerWidget::tr("Sending… %1 of %n answered", nullptr, int(job.recipients().size())).arg(answered);
}

QString ComposerStatusText::problemFor(const QString& address, const ApiError& error)
{
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled)
        return {};
    // The generic sentence speaks of the admin's JID; here it is the recipient's domain.
    if (error.kind == ApiError::Kind::UnknownVirtualHost)
        return ComposerWidget::tr("This server does not serve %1.").arg(address.section(QLatin1Char('@'), 1));
    return error.userMessage();
}

QString ComposerStatusText::summary(const RecipientsModel& model)
{
    using Outcome = MessageSendJob::Outcome;
    QStringList parts;
    auto add = [&](Outcome outcome, const char* text) {
        const int n = model.outcomeCount(outcome);
        if (n > 0)
            parts << ComposerWidget::tr(text, nullptr, n);
    };
    add(Outcome::Delivered, QT_TRANSLATE_N_NOOP("ComposerWidget", "delivered to %n online"));
    add(Outcome::Queued, QT_TRANSLATE_N_NOOP("ComposerWidget", "queued for %n offline"));
    add(Outcome::Reached, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n delivered or queued"));
    add(Outcome::Dropped, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n dropped (the server keeps no offline messages)"));
    add(Outcome::NoSuchUser, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n not sent (no such user)"));
    add(Outcome::Failed, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n failed"));
    add(Outcome::Cancelled, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n cancelled"));
    add(Outcome::Uncertain, QT_TRANSLATE_N_NOOP("ComposerWidget", "%n uncertain"));
    return parts.join(QStringLiteral(", "));
}

void ComposerStatusText::showFinished(MessageBanner& banner, const MessageSendJob& job, const QString& summary)
{
    const bool cancelled = job.count(MessageSendJob::Outcome::Cancelled) > 0;
    const bool complete = job.retryableRecipients().isEmpty() && job.count(MessageSendJob::Outcome::Uncertain) == 0;
    if (complete) {
        banner.showMessage(MessageBanner::Type::Success, ComposerWidget::tr("Message sent: %1.").arg(summary));
        return;
    }
    if (cancelled) {
        banner.showMessage(MessageBanner::Type::Warning,
            ComposerWidget::tr("Sending stopped: %1. The draft is kept; Retry Failed sends it to the others.")
                .arg(summary));
        return;
    }
    int reached = 0;
    for (const QString& recipient : job.recipients())
        reached += MessageSendJob::isReached(job.outcome(recipient)) ? 1 : 0;
    QString firstError;
    for (const QString& recipient : job.recipients()) {
        if (job.outcome(recipient) == MessageSendJob::Outcome::Failed) {
            firstError = problemFor(recipient, job.error(recipient));
            break;
        }
    }
    QString text = ComposerWidget::tr("The message did not reach everyone: %1.").arg(summary);
    if (!firstError.isEmpty())
        text += QLatin1Char(' ') + firstError;
    if (!job.retryableRecipients().isEmpty())
        text += QLatin1Char(' ')
            + ComposerWidget::tr("The draft is kept; Retry Failed sends it again to those not reached.");
    banner.showMessage(reached == 0 ? MessageBanner::Type::Error : MessageBanner::Type::Warning, text);
}
