// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "users/UserBulkActions.h"

#include "bulk/UserCsvExport.h"
#include "session/ServerSession.h"
#include "users/ImportUsersDialog.h"
#include "widgets/Pane.h"
#include "widgets/ToolRow.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

UserBulkActions::UserBulkActions(Pane* pane, QTableView* view)
    : QObject(pane)
    , m_pane(pane)
    , m_view(view)
    , m_import(new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Users from CSV…"), this))
    , m_export(new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Users as CSV…"), this))
{
    m_import->setObjectName(QStringLiteral("importUsersAction"));
    m_export->setObjectName(QStringLiteral("exportUsersAction"));
    connect(m_import, &QAction::triggered, this, &UserBulkActions::importUsers);
    connect(m_export, &QAction::triggered, this, &UserBulkActions::exportUsers);

    ServerSession* session = pane->session();
    connect(session, &ServerSession::stateChanged, this, &UserBulkActions::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &UserBulkActions::updateActions);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &UserBulkActions::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UserBulkActions::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &UserBulkActions::updateActions);
    updateActions();
}

ImportUsersDialog* UserBulkActions::importDialog() const
{
    return m_dialog;
}

void UserBulkActions::addToolButtons(QBoxLayout* layout, int index)
{
    for (QAction* action : {m_import, m_export}) {
        auto* button = new QToolButton(m_pane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        const int at = index < 0 ? layout->count() : index++;
        layout->insertWidget(at, button);
        ToolRow::followInTabOrder(layout, at);
    }
}

void UserBulkActions::updateActions()
{
    ServerSession* session = m_pane ? m_pane->session() : nullptr;
    const bool connected = session && session->state() == ServerSession::State::Connected;
    const bool readOnly = session && session->isReadOnly();
    m_import->setEnabled(connected && !readOnly);
    m_import->setToolTip(readOnly ? tr("This connection is read-only: users cannot be imported.")
            : connected           ? tr("Create users from a CSV file (user,password[,role]); you see what will "
                                                 "happen before anything is sent.")
                                  : tr("Connect to a server to import users."));
    const int rows = m_view && m_view->model() ? m_view->model()->rowCount() : 0;
    m_export->setEnabled(rows > 0);
    m_export->setToolTip(rows > 0 ? tr("Save the %n user(s) shown in the table to a CSV file.", nullptr, rows)
                                  : tr("There are no users in the table to export."));
}

void UserBulkActions::importUsers()
{
    if (!m_pane || !m_import->isEnabled())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ImportUsersDialog(m_pane->session(), m_pane);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportUsersDialog::usersChanged, this, &UserBulkActions::usersChanged);
    m_dialog->open();
}

void UserBulkActions::exportUsers()
{
    if (!m_pane || !m_view)
        return;
    ServerSession* session = m_pane->session();
    const QString domain = session ? session->domain() : QString();
    const QString name = domain.isEmpty() ? QStringLiteral("users.csv") : QStringLiteral("users-%1.csv").arg(domain);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(
        m_pane, tr("Export Users as CSV"), QDir(folder).filePath(name), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &UserBulkActions::exportTo);
    dialog->open();
}

bool UserBulkActions::exportTo(const QString& path)
{
    if (!m_pane || !m_view || !m_view->model())
        return false;
    const QAbstractItemModel& model = *m_view->model();
    const QString error = UserCsvExport::write(model, path, visibleColumns());
    if (!error.isEmpty()) {
        m_pane->banner()->showMessage(MessageBanner::Type::Error, error);
        return false;
    }
    m_pane->banner()->showMessage(MessageBanner::Type::Success,
        tr("Exported %n user(s) to %1.", nullptr, model.rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

QList<int> UserBulkActions::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}
