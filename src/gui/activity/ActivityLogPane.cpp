// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "activity/ActivityLogPane.h"

#include "ui_ActivityLogPane.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>

#include "activity/ActivityLogFilterProxy.h"
#include "audit/ActivityLogModel.h"
#include "audit/AuditTrail.h"
#include "session/ServerSession.h"
#include "widgets/MessageBanner.h"

#include <algorithm>

ActivityLogPane::ActivityLogPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::ActivityLogPane>())
    , m_model(new ActivityLogModel(this))
    , m_proxy(new ActivityLogFilterProxy(this))
    , m_trail(new AuditTrail(this))
{
    m_ui->setupUi(contentWidget());
    m_proxy->setSourceModel(m_model);
    m_ui->logView->setModel(m_proxy);
    QHeaderView* header = m_ui->logView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ActivityLogModel::TimeColumn, 110);
    header->resizeSection(ActivityLogModel::MethodColumn, 70);
    header->resizeSection(ActivityLogModel::PathColumn, 260);
    header->resizeSection(ActivityLogModel::StatusColumn, 130);
    header->resizeSection(ActivityLogModel::DurationColumn, 80);

    m_copyAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), this);
    m_copyAction->setShortcuts(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected entries as tab-separated text (%1)")
                                 .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    connect(m_copyAction, &QAction::triggered, this, &ActivityLogPane::copySelection);
    m_ui->logView->addAction(m_copyAction);
    m_ui->copyButton->setDefaultAction(m_copyAction);

    m_clearAction = new QAction(QIcon(QStringLiteral(":/icons/remove.svg")), tr("C&lear"), this);
    m_clearAction->setToolTip(tr("Remove every entry from the log"));
    connect(m_clearAction, &QAction::triggered, m_model, &ActivityLogModel::clear);
    m_ui->clearButton->setDefaultAction(m_clearAction);

    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportLogAction"));
    m_exportAction->setToolTip(tr("Save the entries shown as CSV or JSON"));
    connect(m_exportAction, &QAction::triggered, this, &ActivityLogPane::chooseExportFile);
    m_ui->exportButton->setDefaultAction(m_exportAction);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &ActivityLogFilterProxy::setText);
    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, m_proxy, &ActivityLogFilterProxy::setFailuresOnly);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityLogPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityLogPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityLogPane::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityLogPane::updateCountLabel);
    connect(m_ui->logView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_copyAction->setEnabled(m_ui->logView->selectionModel()->hasSelection()); });
    m_copyAction->setEnabled(false);

    // Follow new entries while the view is scrolled to the bottom; stay put when the user scrolled up.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = m_ui->logView->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_ui->logView->scrollToBottom();
    });

    // The requests started while the session connects are the capability probe's. Their records may
    // arrive after the state changed (the reply finishes first), so they are told by their start time.
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connecting) {
            m_probeStarted = QDateTime::currentDateTimeUtc();
            m_probeEnded = {};
        } else if (m_probeStarted.isValid() && !m_probeEnded.isValid()) {
            m_probeEnded = QDateTime::currentDateTimeUtc();
        }
    });
    connect(session, &ServerSession::requestFinished, m_model, [this](const RequestRecord& record) {
        const bool probe = m_probeStarted.isValid() && record.started >= m_probeStarted
            && (!m_probeEnded.isValid() || record.started < m_probeEnded);
        m_model->append(record, probe);
        m_trail->append(record, probe);
    });
    connect(m_trail, &AuditTrail::loaded, this, [this](const QList<LoggedRequest>& entries) {
        m_model->prependEarlier(entries);
        m_ui->logView->scrollToBottom();
    });
    updateCountLabel();
}

ActivityLogPane::~ActivityLogPane() = default;

QString ActivityLogPane::title()
{
    return tr("Activity Log");
}

QIcon ActivityLogPane::icon()
{
    return QIcon(QStringLiteral(":/icons/log.svg"));
}

void ActivityLogPane::refresh()
{
    // The log is the console's own record: there is nothing to fetch.
}

QString ActivityLogPane::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->logView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex& index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    QString text;
    for (const int row : std::as_const(rows))
        text += m_model->rowText(row) + QLatin1Char('\n');
    return text;
}

void ActivityLogPane::setAuditTrailFile(const QString& path)
{
    if (path == m_trail->path() && m_trail->isOpen())
        return;
    // The log of the profile switched to: its file's entries arrive with AuditTrail::loaded.
    m_model->clear();
    m_trail->open(path);
    if (!m_trail->errorString().isEmpty())
        banner()->showMessage(
            MessageBanner::Type::Warning, tr("%1 The log is kept for this session only.").arg(m_trail->errorString()));
}

void ActivityLogPane::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export Activity Log"),
        QDir(folder).filePath(QStringLiteral("activity-log.csv")), tr("CSV files (*.csv);;JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &ActivityLogPane::exportTo);
    dialog->open();
}

bool ActivityLogPane::exportTo(const QString& path)
{
    QList<LoggedRequest> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->entries().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QSaveFile file(path);
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    const bool written = file.open(QIODevice::WriteOnly)
        && (json ? AuditTrail::exportJson(shown, &file) : AuditTrail::exportCsv(shown, &file)) && file.commit();
    if (!written) {
        banner()->showMessage(MessageBanner::Type::Error,
            tr("Could not write %1: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    banner()->showMessage(MessageBanner::Type::Success,
        tr("Exported %n entries to %1.", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ActivityLogPane::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ActivityLogPane::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int failures = m_model->failureCount();
    QString text = tr("%n request(s)", nullptr, total);
    if (failures > 0)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, failures);
    if (m_proxy->rowCount() != total)
        text += QStringLiteral(" — ") + tr("%n shown", nullptr, m_proxy->rowCount());
    m_ui->countLabel->setText(text);
    m_clearAction->setEnabled(total > 0);
}
