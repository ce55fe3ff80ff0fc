// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

// Where long jobs say they ended, for the operator who looks elsewhere meanwhile: every BulkJob
// (imports, deletions, role changes…) and every fleet broadcast reports here once it finishes; the
// GUI's DesktopNotifier turns that into a desktop notification when the window is not active.
class JobNotices : public QObject
{
    Q_OBJECT
public:
    // The one instance of the process (created on first use, a child of the application object).
    static JobNotices* instance();

    void report(const QString& summary, bool anyFailed);

signals:
    // `summary` is a translated sentence: "Bulk job finished: 48 done, 2 failed."
    void jobEnded(const QString& summary, bool anyFailed);

private:
    using QObject::QObject;
};
