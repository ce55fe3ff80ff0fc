// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/DeletionReport.h"

#include "api/AccountTypes.h"
#include "operations/DeleteUsers.h"
#include "session/ServerSession.h"

#include <QStringList>

namespace {
// The server's sentences quoted at most this many times, then how many more.
constexpr int Quoted = 10;

QStringList failures(const DeleteUsers& deletion)
{
    QStringList lines;
    for (int i = 0; i < deletion.itemCount(); ++i) {
        const Operation::Outcome& outcome = deletion.outcome(i);
        if (outcome.status == Operation::Status::Failed)
            lines.append(DeletionReport::tr("%1: %2").arg(outcome.label, outcome.error.userMessage()));
    }
    return lines;
}

// "The server: “User scheduled for deletion: a@h (restorable until 2026-…Z)”", one line per account.
QStringList scheduledLines(const DeleteUsers& deletion)
{
    QStringList lines;
    int more = 0;
    for (int i = 0; i < deletion.itemCount(); ++i) {
        if (deletion.outcome(i).status != Operation::Status::Succeeded
            || deletion.result(i) != AccountDeletion::Outcome::Scheduled)
            continue;
        if (lines.size() < Quoted)
            lines.append(DeletionReport::tr("The server: “%1”").arg(deletion.outcome(i).message));
        else
            ++more;
    }
    if (more > 0)
        lines.append(DeletionReport::tr("and %n more, restorable as long.", nullptr, more));
    return lines;
}
} // namespace

bool DeletionReport::isEmpty(const DeleteUsers& deletion)
{
    return deletion.count(Operation::Status::Succeeded) == 0 && deletion.count(Operation::Status::Failed) == 0;
}

MessageBanner::Type DeletionReport::type(const DeleteUsers& deletion)
{
    return deletion.count(Operation::Status::Failed) > 0 ? MessageBanner::Type::Error : MessageBanner::Type::Success;
}

QString DeletionReport::text(const DeleteUsers& deletion)
{
    const QStringList deleted = deletion.deleted();
    const QStringList scheduled = deletion.scheduled();
    const QStringList alreadyGone = deletion.alreadyGone();
    const QStringList failed = failures(deletion);
    QStringList text;
    if (!failed.isEmpty())
        text << tr("%n user(s) could not be deleted:", nullptr, int(failed.size())) << failed;
    if (!scheduled.isEmpty()) {
        text << tr("%n user(s) scheduled for deletion: disabled, and restorable (Invitations pane, Restore) "
                   "until the server deletes them for good.",
            nullptr, int(scheduled.size()))
             << scheduledLines(deletion);
    }
    const bool other = !failed.isEmpty() || !scheduled.isEmpty();
    if (deletion.mode() == DeleteUsers::Mode::Immediately && !deleted.isEmpty())
        text << tr(
            "Deleted %n user(s) immediately: this is final, they cannot be restored.", nullptr, int(deleted.size()));
    else if (!deleted.isEmpty() && other)
        text << tr("Deleted %n other user(s).", nullptr, int(deleted.size()));
    else if (!other && (!deleted.isEmpty() || alreadyGone.isEmpty()))
        text << tr("Deleted %n user(s).", nullptr, int(deleted.size()));
    // "Already gone": the server had no such account any more (deleted meanwhile, elsewhere).
    if (!alreadyGone.isEmpty())
        text << tr("%n user(s) were already gone: %1", nullptr, int(alreadyGone.size()))
                    .arg(alreadyGone.join(QStringLiteral(", ")));
    return text.join(QLatin1Char('\n'));
}
