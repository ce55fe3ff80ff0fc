// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/JobNotices.h"

#include <QCoreApplication>
#include <QPointer>

JobNotices* JobNotices::instance()
{
    static QPointer<JobNotices> notices;
    if (!notices)
        notices = new JobNotices(QCoreApplication::instance());
    return notices;
}

void JobNotices::report(const QString& summary, bool anyFailed)
{
    emit jobEnded(summary, anyFailed);
}
