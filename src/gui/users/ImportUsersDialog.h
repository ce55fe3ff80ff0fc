// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class BulkJob;
class BulkOutcomeModel;
class ImportUsers;
class ExistingUsersCheck;
class MessageBanner;
class ServerSession;
class UserImportPlanModel;
namespace Ui {
class ImportUsersDialog;
}

// Imports users from a CSV file: choose the file, see what would happen to each line (new,
// exists, invalid and why), then import (core ImportUsers: a bounded number of requests at a time,
// in batches where the server has them), watching each line's outcome, stop, retry what failed,
// and export the invitations made. The dialog binds models and presents outcomes; it sends
// nothing itself. Open it with open(); it never blocks.
class ImportUsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportUsersDialog(ServerSession* session, QWidget* parent = nullptr);
    ~ImportUsersDialog() override;

    // Reads and plans a file: what choosing it in the file dialog does.
    void loadFile(const QString& path);
    // The running or last import, if one was started, and its job (for its counts).
    ImportUsers* import() const { return m_import; }
    BulkJob* job() const;
    const UserImportPlan& plan() const { return m_plan; }
    bool isChecking() const;
    MessageBanner* banner() const { return m_banner; }
    // Writes the invitations the import made to `path` (user, link, expiry) and says so in the
    // banner: what "Export Invitations…" does with the file chosen. False on failure.
    bool writeInvitations(const QString& path);

    // Files larger than this are refused (a CSV of a million users is about 40 MB).
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

signals:
    // Users were created or changed on the server: the users list is out of date.
    void usersChanged();

public slots:
    // Asks first while an import runs.
    void reject() override;

private:
    // The plan's preview: sorted by line, optionally only the skipped rows.
    void setUpPreviewView();
    void setUpOutcomeView();
    void connectControls();
    void connectExistingCheck();
    // A changed connection stops what was started on behalf of the old one.
    void connectSession(ServerSession* session);
    void chooseFile();
    void checkExisting();
    // Plans the file against what the existence check found (a new data set for the preview).
    void replan();
    // Shows m_plan: the same file planned again updates the preview's rows in place.
    void showPlan(bool sameFile);
    void confirmStart();
    void start();
    void stop();
    void retryFailed();
    void jobFinished();
    void exportInvitations();
    void updateButtons();
    void updateOutcomeSummary();

    std::unique_ptr<Ui::ImportUsersDialog> m_ui;
    QPointer<ServerSession> m_session;
    MessageBanner* m_banner = nullptr;
    UserImportPlanModel* m_planModel = nullptr;
    BulkOutcomeModel* m_outcomeModel = nullptr;
    ExistingUsersCheck* m_check = nullptr;
    ImportUsers* m_import = nullptr;

    QString m_path;
    CsvDocument m_document;
    QSet<QString> m_existing;
    QHash<QString, QString> m_unknown;
    UserImportPlan m_plan;
    bool m_planned = false;
    bool m_closing = false;
};
