// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/MessageBanner.h"

#include <QCoreApplication>
#include <QString>

class DeleteUsers;

// What the Users pane's banner says once DeleteUsers has finished: the accounts scheduled for
// deletion with the server's own sentence ("… restorable until <time>"), those deleted (for good,
// and said to be final where immediate deletion was chosen), those already gone, and the failures.
class DeletionReport
{
    Q_DECLARE_TR_FUNCTIONS(DeletionReport)

public:
    // Nothing was sent (stopped before the first request): nothing to say.
    static bool isEmpty(const DeleteUsers& deletion);
    static QString text(const DeleteUsers& deletion);
    static MessageBanner::Type type(const DeleteUsers& deletion);
};
