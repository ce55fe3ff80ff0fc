// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/ImportUsersDialog.h"

#include "ui_ImportUsersDialog.h"

#include "bulk/BulkJob.h"
#include "bulk/BulkOutcomeModel.h"
#include "bulk/ExistingUsersCheck.h"
#include "bulk/InvitationCsvExport.h"
#include "bulk/UserImportPlanModel.h"
#include "operations/ImportUsers.h"
#include "session/ServerSession.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

ImportUsersDialog::ImportUsersDialog(ServerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportUsersDialog>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_planModel(new UserImportPlanModel(this))
    , m_outcomeModel(new BulkOutcomeModel(this))
    , m_check(new ExistingUsersCheck(this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(0, m_banner);

    // One line per row (full texts in the tooltips), so 100,000 rows stay readable and fast.
    for (QTableView* view : {m_ui->previewView, m_ui->outcomeView}) {
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }
    setUpPreviewView();
    setUpOutcomeView();
    m_ui->concurrencySpin->setValue(BulkJob::DefaultConcurrency);
    m_ui->stack->setCurrentWidget(m_ui->previewPage);

    connectControls();
    connectExistingCheck();
    if (session)
        connectSession(session);
    updateButtons();
}

ImportUsersDialog::~ImportUsersDialog() = default;

BulkJob* ImportUsersDialog::job() const
{
    return m_import ? m_import->job() : nullptr;
}

void ImportUsersDialog::setUpPreviewView()
{
    auto* planProxy = new QSortFilterProxyModel(this);
    planProxy->setSourceModel(m_planModel);
    planProxy->setFilterRole(UserImportPlanModel::ActionRole);
    planProxy->setFilterKeyColumn(UserImportPlanModel::LineColumn);
    m_ui->previewView->setModel(planProxy);
    connect(m_ui->skippedOnlyCheck, &QCheckBox::toggled, planProxy, [planProxy](bool skippedOnly) {
        planProxy->setFilterFixedString(skippedOnly ? QString::number(int(UserImportPlan::Action::Skip)) : QString());
    });
    m_ui->previewView->sortByColumn(UserImportPlanModel::LineColumn, Qt::AscendingOrder);
    QHeaderView* previewHeader = m_ui->previewView->horizontalHeader();
    previewHeader->setSectionResizeMode(UserImportPlanModel::LineColumn, QHeaderView::ResizeToContents);
    previewHeader->resizeSection(UserImportPlanModel::UserColumn, 260);
    previewHeader->resizeSection(UserImportPlanModel::RoleColumn, 120);
    previewHeader->resizeSection(UserImportPlanModel::StatusColumn, 120);
}

void ImportUsersDialog::setUpOutcomeView()
{
    // The outcome in file order until the operator sorts it (by status, to find the failures).
    auto* outcomeProxy = new QSortFilterProxyModel(this);
    outcomeProxy->setSourceModel(m_outcomeModel);
    m_ui->outcomeView->setModel(outcomeProxy);
    m_ui->outcomeView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    outcomeProxy->sort(-1);
    PlainText::protectViews(this);
    m_ui->outcomeView->horizontalHeader()->resizeSection(BulkOutcomeModel::ItemColumn, 260);
    m_ui->outcomeView->horizontalHeader()->resizeSection(BulkOutcomeModel::StatusColumn, 100);
}

void ImportUsersDialog::connectControls()
{
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportUsersDialog::chooseFile);
    connect(m_ui->overwriteCheck, &QCheckBox::toggled, this, [this](bool overwrite) {
        if (!m_planned)
            return;
        m_plan.setOverwriteExisting(overwrite);
        showPlan(true);
    });
    connect(m_ui->inviteCheck, &QCheckBox::toggled, this, [this] {
        if (m_planned)
            replan();
    });
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_import)
            m_import->setConcurrency(value);
    });
    connect(m_ui->exportInvitationsButton, &QPushButton::clicked, this, &ImportUsersDialog::exportInvitations);
    connect(m_ui->startButton, &QPushButton::clicked, this, &ImportUsersDialog::confirmStart);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ImportUsersDialog::stop);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ImportUsersDialog::retryFailed);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportUsersDialog::reject);
}

void ImportUsersDialog::connectExistingCheck()
{
    connect(m_check, &ExistingUsersCheck::progress, this, [this](int done, int total) {
        m_ui->summaryLabel->setText(tr("Checking which users exist already… %1 of %2").arg(done).arg(total));
    });
    connect(m_check, &ExistingUsersCheck::finished, this, [this] {
        m_existing = m_check->existing();
        m_unknown = m_check->unknown();
        if (m_check->error().isError()) {
            m_banner->showError(m_check->error(),
                tr("Could not find out which users exist already, so none of them will be imported. "
                   "Choose the file again to retry."));
        }
        replan();
    });
}

void ImportUsersDialog::connectSession(ServerSession* session)
{
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connected)
            return;
        // What was checked belongs to the old connection: nothing more is sent on its behalf.
        m_check->cancel();
        if (m_import && m_import->isRunning())
            m_import->abort();
        if (m_planned && !m_import) {
            m_planned = false;
            m_banner->showMessage(MessageBanner::Type::Warning,
                tr("The connection to the server changed. Choose the file again once connected."));
        }
        updateButtons();
    });
    connect(session, &ServerSession::readOnlyChanged, this, &ImportUsersDialog::updateButtons);
}

bool ImportUsersDialog::isChecking() const
{
    return m_check->isRunning();
}

void ImportUsersDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    auto* dialog
        = new QFileDialog(this, tr("Choose a CSV File of Users"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportUsersDialog::loadFile);
    dialog->open();
}

void ImportUsersDialog::loadFile(const QString& path)
{
    if (m_import && m_import->isRunning())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(MessageBanner::Type::Error,
            tr("Could not open %1: %2. Choose another file.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (file.size() > MaxFileSize) {
        m_banner->showMessage(MessageBanner::Type::Error,
            tr("%1 is larger than %2 MB: split it into smaller files.")
                .arg(QDir::toNativeSeparators(path))
                .arg(MaxFileSize / (1024 * 1024)));
        return;
    }
    const QByteArray data = file.readAll();
    m_banner->hide();
    m_path = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_document = CsvReader::parse(data, UserImportPlan::csvOptions());

    // A new file is a new data set: the last import's outcome goes.
    if (m_import) {
        m_outcomeModel->setJob(nullptr);
        m_import->deleteLater();
        m_import = nullptr;
    }
    m_ui->stack->setCurrentWidget(m_ui->previewPage);
    m_planned = false;
    m_existing.clear();
    m_unknown.clear();
    m_planModel->setPlan(UserImportPlan(), false);

    if (m_document.rows.isEmpty() && m_document.errors.isEmpty()) {
        m_ui->summaryLabel->setText(tr("This file contains no users."));
        updateButtons();
        return;
    }
    checkExisting();
}

void ImportUsersDialog::checkExisting()
{
    if (!m_session || m_session->state() != ServerSession::State::Connected || !m_session->hasServer()) {
        m_ui->summaryLabel->setText(tr("Not connected: connect to a server, then choose the file again."));
        updateButtons();
        return;
    }
    const QStringList jids = UserImportPlan::candidateJids(m_document, m_session->domain());
    m_ui->summaryLabel->setText(tr("Checking which of the %n user(s) exist already…", nullptr, int(jids.size())));
    m_check->start(m_session, jids, m_ui->concurrencySpin->value());
    updateButtons();
}

void ImportUsersDialog::replan()
{
    if (!m_session || !m_session->hasServer())
        return;
    UserImportPlan::Options options;
    options.domain = m_session->domain();
    options.overwriteExisting = m_ui->overwriteCheck->isChecked();
    options.rolesSupported = m_session->capabilities().roles;
    options.roles = m_session->capabilities().availableRoles;
    options.invitations = m_session->capabilities().invitations;
    options.inviteAll = options.invitations && m_ui->inviteCheck->isChecked();
    m_plan = UserImportPlan::build(m_document, m_existing, m_unknown, options);
    showPlan(false);
}

void ImportUsersDialog::showPlan(bool sameFile)
{
    m_planModel->setPlan(m_plan, sameFile);
    m_planned = true;

    const bool overwrite = m_ui->overwriteCheck->isChecked();
    const int exists = m_plan.count(UserImportPlan::Status::Exists);
    QStringList parts;
    const int invited = m_plan.count(UserImportPlan::Action::Invite);
    parts.append(tr("%n new user(s) will be created.", nullptr, m_plan.count(UserImportPlan::Status::New) - invited));
    if (invited > 0)
        parts.append(tr("%n new user(s) will get an invitation instead of a password.", nullptr, invited));
    if (exists > 0) {
        parts.append(overwrite ? tr("%n existing user(s) will get the password from the file.", nullptr, exists)
                               : tr("%n existing user(s) will be skipped.", nullptr, exists));
    }
    const int invalid = m_plan.count(UserImportPlan::Status::Invalid);
    if (invalid > 0)
        parts.append(tr("%n line(s) cannot be imported: see Details.", nullptr, invalid));
    m_ui->summaryLabel->setText(parts.join(QLatin1Char(' ')));
    updateButtons();
}

void ImportUsersDialog::confirmStart()
{
    const int overwrites = m_plan.count(UserImportPlan::Action::OverwritePassword);
    if (overwrites == 0) {
        start();
        return;
    }
    MessageBox::confirm(this, tr("Replace Passwords?"),
        tr("%n user(s) exist already. Their passwords will be replaced by the ones in the file, and they will "
           "have to log in with the new password.",
            nullptr, overwrites),
        tr("Replace %n Password(s)", nullptr, overwrites), [this] { start(); });
}

void ImportUsersDialog::start()
{
    if (!m_planned || !m_session || !m_session->hasServer() || m_session->isReadOnly()
        || (m_import && m_import->isRunning()))
        return;
    if (m_import) {
        m_outcomeModel->setJob(nullptr);
        m_import->deleteLater();
    }
    m_import = new ImportUsers(m_session, m_plan, this);
    m_import->setConcurrency(m_ui->concurrencySpin->value());
    m_outcomeModel->setJob(m_import->job());
    connect(m_import, &Operation::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(qMax(total, 1));
        m_ui->progressBar->setValue(done);
        updateOutcomeSummary();
    });
    connect(m_import, &Operation::finished, this, &ImportUsersDialog::jobFinished);
    m_banner->hide();
    m_ui->stack->setCurrentWidget(m_ui->outcomePage);
    m_import->start();
    updateButtons();
    updateOutcomeSummary();
}

void ImportUsersDialog::stop()
{
    if (!m_import || !m_import->isRunning())
        return;
    m_import->cancel();
    updateButtons();
    updateOutcomeSummary();
}

void ImportUsersDialog::retryFailed()
{
    if (!m_import || !m_session || m_session->isReadOnly())
        return;
    m_banner->hide();
    m_import->retryFailed();
    updateButtons();
    updateOutcomeSummary();
}

void ImportUsersDialog::jobFinished()
{
    updateButtons();
    updateOutcomeSummary();
    const int succeeded = m_import->count(Operation::Status::Succeeded);
    const int failed = m_import->count(Operation::Status::Failed);
    const int unfinished
        = m_import->count(Operation::Status::Cancelled) + m_import->count(Operation::Status::NotStarted);
    const int invited = int(m_import->invitations().size());
    if (succeeded > 0)
        emit usersChanged();
    if (failed > 0) {
        m_banner->showMessage(MessageBanner::Type::Warning,
            tr("%n user(s) could not be imported: see the Message column. “Retry Failed” sends only those again.",
                nullptr, failed + unfinished));
    } else if (unfinished > 0) {
        m_banner->showMessage(MessageBanner::Type::Information,
            tr("Stopped. %n user(s) were not imported: “Retry Failed” sends only those.", nullptr, unfinished));
    } else {
        QString text = tr("Import finished: %n user(s) imported.", nullptr, m_import->total());
        if (invited > 0)
            text += QLatin1Char(' ')
                + tr("%n invitation(s) made: “Export Invitations…” saves their links for a mail merge.", nullptr,
                    invited);
        m_banner->showMessage(MessageBanner::Type::Success, text);
    }
}

void ImportUsersDialog::updateOutcomeSummary()
{
    if (!m_import)
        return;
    QString state;
    if (m_import->isCancelling())
        state = tr("Stopping: waiting for the %n request(s) on their way.", nullptr, m_import->inFlight());
    else if (m_import->isRunning())
        state = tr("Importing…");
    else
        state = tr("Finished.");
    m_ui->outcomeLabel->setText(tr("%1 Succeeded: %2 · Failed: %3 · Cancelled: %4 · Not started: %5 · Skipped: %6")
                                    .arg(state)
                                    .arg(m_import->count(Operation::Status::Succeeded))
                                    .arg(m_import->count(Operation::Status::Failed))
                                    .arg(m_import->count(Operation::Status::Cancelled))
                                    .arg(m_import->count(Operation::Status::NotStarted))
                                    .arg(m_import->count(Operation::Status::Skipped)));
}

void ImportUsersDialog::updateButtons()
{
    const bool connected = m_session && m_session->state() == ServerSession::State::Connected;
    const bool readOnly = m_session && m_session->isReadOnly();
    const bool running = m_import && m_import->isRunning();
    const bool onPreview = m_ui->stack->currentWidget() == m_ui->previewPage;
    const int actionable = m_planned ? m_plan.actionableCount() : 0;

    m_ui->browseButton->setEnabled(!running);
    m_ui->overwriteCheck->setEnabled(onPreview);
    const bool invitations = m_session && m_session->capabilities().invitations;
    m_ui->inviteCheck->setEnabled(onPreview && invitations);
    m_ui->inviteCheck->setToolTip(
        invitations ? QString() : tr("This server makes no invitations: every line needs a password."));
    m_ui->startButton->setVisible(onPreview);
    m_ui->startButton->setText(actionable > 0 ? tr("&Import %n User(s)", nullptr, actionable) : tr("&Import"));
    m_ui->startButton->setEnabled(connected && !readOnly && actionable > 0 && !isChecking());
    if (readOnly)
        m_ui->startButton->setToolTip(tr("This connection is read-only: nothing can be imported."));
    else if (!connected)
        m_ui->startButton->setToolTip(tr("Not connected to a server."));
    else if (m_planned && actionable == 0)
        m_ui->startButton->setToolTip(tr("Nothing in this file can be imported: see Details."));
    else
        m_ui->startButton->setToolTip({});
    m_ui->startButton->setDefault(onPreview);

    m_ui->stopButton->setVisible(running);
    m_ui->stopButton->setEnabled(running && !m_import->isCancelling());
    const bool invited = m_import && m_plan.count(UserImportPlan::Action::Invite) > 0;
    m_ui->exportInvitationsButton->setVisible(invited);
    m_ui->exportInvitationsButton->setEnabled(invited && !running && !m_import->invitations().isEmpty());

    const int retryable = m_import ? m_import->count(Operation::Status::Failed)
            + m_import->count(Operation::Status::Cancelled) + m_import->count(Operation::Status::NotStarted)
                                   : 0;
    m_ui->retryButton->setVisible(m_import != nullptr);
    m_ui->retryButton->setEnabled(!running && connected && !readOnly && retryable > 0);
    const int failed
        = m_import ? m_import->count(Operation::Status::Failed) + m_import->count(Operation::Status::Cancelled) : 0;
    if (running || retryable == 0)
        m_ui->retryButton->setText(tr("&Retry Failed"));
    else if (failed == 0)
        m_ui->retryButton->setText(tr("&Resume (%n Left)", nullptr, retryable));
    else
        m_ui->retryButton->setText(tr("&Retry %n Failed", nullptr, retryable));
}

void ImportUsersDialog::reject()
{
    if (m_closing)
        return;
    if (!m_import || !m_import->isRunning()) {
        m_check->cancel();
        QDialog::reject();
        return;
    }
    MessageBox::confirm(this, tr("Stop the Import?"),
        tr("The import is still running: %1 of %2 done. Closing stops it. The requests already on their way "
           "(up to %3) may or may not be applied by the server.")
            .arg(m_import->done())
            .arg(m_import->total())
            .arg(m_import->inFlight()),
        tr("Stop and Close"), [this] {
            m_closing = true;
            // The dialog goes now: no outcome banner, but the users list must learn what was created.
            disconnect(m_import, &Operation::finished, this, nullptr);
            m_import->abort();
            if (m_import->count(Operation::Status::Succeeded) > 0)
                emit usersChanged();
            QDialog::reject();
            m_closing = false;
        });
}

void ImportUsersDialog::exportInvitations()
{
    if (!m_import || m_import->invitations().isEmpty())
        return;
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    auto* dialog = new QFileDialog(
        this, tr("Export Invitations as CSV"), folder + QStringLiteral("/invitations.csv"), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("invitationsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &ImportUsersDialog::writeInvitations);
    dialog->open();
}

bool ImportUsersDialog::writeInvitations(const QString& path)
{
    const QList<Invitation> invitations = m_import ? m_import->invitations() : QList<Invitation>{};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(InvitationCsvExport::write(invitations)) < 0 || !file.commit()) {
        m_banner->showMessage(MessageBanner::Type::Error,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->showMessage(MessageBanner::Type::Success,
        tr("%n invitation(s) saved to %1. The links are secrets: hand each one only to its person.", nullptr,
            int(invitations.size()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}
