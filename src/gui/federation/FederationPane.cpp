// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "federation/FederationPane.h"

#include "ui_FederationPane.h"

#include "models/S2sModel.h"
#include "operations/CloseS2sConnections.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

FederationPane::FederationPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::FederationPane>())
    , m_model(new S2sModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    PlainText::protectViews(contentWidget());
    addContextAction(m_ui->connectionsView, m_ui->closeButton, QKeySequence::Delete);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_ui->connectionsView->setModel(m_proxy);
    m_ui->connectionsView->sortByColumn(S2sModel::RemoteColumn, Qt::AscendingOrder);
    m_ui->connectionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->connectionsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &FederationPane::closeSelected);
    connect(m_ui->connectionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FederationPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &FederationPane::updateActions);
    updateAvailability();
    updateActions();
}

FederationPane::~FederationPane() = default;

QString FederationPane::title()
{
    return tr("Federation");
}

QIcon FederationPane::icon()
{
    return QIcon(QStringLiteral(":/icons/server.svg"));
}

void FederationPane::sessionDisconnected()
{
    m_scope->reset();
    m_busy = 0;
    m_model->clear();
    m_ui->countLabel->clear();
    updateAvailability();
    updateActions();
}

void FederationPane::refresh()
{
    updateAvailability();
    updateActions();
    if (!isConnected() || !session()->capabilities().federation)
        return;
    m_scope->reset();
    auto* reply = session()->s2sConnections();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not list the server-to-server connections."));
            return;
        }
        m_model->setConnections(reply->value());
        int incoming = 0;
        for (const S2sConnection& c : m_model->rows())
            incoming += c.incoming ? 1 : 0;
        m_ui->countLabel->setText(m_model->rowCount() == 0
                ? tr("No server-to-server connection now")
                : tr("%1 incoming, %2 outgoing").arg(incoming).arg(m_model->rowCount() - incoming));
        session()->markRefreshed();
        updateActions();
    });
}

void FederationPane::updateAvailability()
{
    const bool connected = isConnected();
    const bool available = connected && session()->capabilities().federation;
    m_ui->connectionsView->setEnabled(available);
    m_ui->filterEdit->setEnabled(available);
    if (!connected || available) {
        m_ui->availabilityLabel->hide();
        return;
    }
    const QString reason = session()->capabilities().unavailableFeatures.value(QStringLiteral("federation"));
    PlainText::setText(m_ui->availabilityLabel,
        reason.isEmpty() ? tr("Federation is unavailable: this server's admin_rest module has no federation "
                              "extension (it is the published module, or mod_s2s is disabled).")
                         : tr("Federation is unavailable: %1").arg(reason));
    m_ui->availabilityLabel->show();
}

void FederationPane::updateActions()
{
    const bool writable = isConnected() && session()->capabilities().federation && !session()->isReadOnly();
    m_ui->closeButton->setEnabled(writable && m_busy == 0 && !selectedIds().isEmpty());
}

QStringList FederationPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->connectionsView->selectionModel()->selectedRows(S2sModel::RemoteColumn);
    for (const QModelIndex& index : rows)
        ids.append(index.data(S2sModel::IdRole).toString());
    return ids;
}

void FederationPane::closeSelected()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList lines;
    for (const QString& id : ids)
        lines.append(m_model->describe(id));
    const QString text = tr("Close %n server-to-server connection(s)? Messages to and from these servers wait until "
                            "a new connection is made, which either side may do at once.",
                             nullptr, int(ids.size()))
        + QLatin1String("\n\n") + lines.join(QLatin1Char('\n'));
    MessageBox::confirm(this, tr("Close connections"), text, tr("Close %n connection(s)", nullptr, int(ids.size())),
        m_scope->guard([this, ids] {
            auto* closing = new CloseS2sConnections(session(), ids, tr("Closed by the administrator"), this);
            ++m_busy;
            m_scope->on(closing, &Operation::itemChanged, [this, closing](int index) {
                if (closing->outcome(index).status == Operation::Status::Succeeded)
                    m_model->removeConnection(closing->outcome(index).label);
            });
            connect(closing, &Operation::finished, closing, &QObject::deleteLater);
            m_scope->on(closing, &Operation::finished, [this, closing] {
                --m_busy;
                if (closing->count(Operation::Status::Failed) == 0)
                    banner()->showMessage(MessageBanner::Type::Success,
                        tr("%n connection(s) closed.", nullptr, closing->count(Operation::Status::Succeeded)));
                else
                    showError(closing->firstError(),
                        tr("Could not close %n connection(s).", nullptr, closing->count(Operation::Status::Failed)));
                refresh();
            });
            closing->start();
            updateActions();
        }));
}
