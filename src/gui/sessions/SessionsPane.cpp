#include "sessions/SessionsPane.h"

#include "ui_SessionsPane.h"

#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QSortFilterProxyModel>
#include <QToolButton>

#include <memory>
#include <utility>

#include "api/AdminRestClient.h"
#include "sessions/KickDialog.h"
#include "session/ServerSession.h"
#include "models/SessionsModel.h"
#include "input/UserReference.h"

SessionsPane::SessionsPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::SessionsPane>())
    , m_model(new SessionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(contentWidget());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->sessionsView->setModel(m_proxy);
    m_ui->sessionsView->sortByColumn(SessionsModel::UserColumn, Qt::AscendingOrder);
    m_ui->sessionsView->horizontalHeader()->setSectionResizeMode(SessionsModel::UserColumn, QHeaderView::Stretch);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCountLabel();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPane::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsPane::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPane::updateCountLabel);

    m_ui->kickButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    addContextAction(m_ui->sessionsView, m_ui->kickButton, QKeySequence::Delete);
    connect(m_ui->kickButton, &QToolButton::clicked, this, &SessionsPane::kickSelected);
    connect(m_ui->sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SessionsPane::updateActions);
    connect(session, &ServerSession::stateChanged, this, &SessionsPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &SessionsPane::updateActions);
    updateActions();
}

SessionsPane::~SessionsPane() = default;

QString SessionsPane::title()
{
    return tr("Sessions");
}

QIcon SessionsPane::icon()
{
    return QIcon(QStringLiteral(":/icons/sessions.svg"));
}

void SessionsPane::sessionDisconnected()
{
    ++m_generation;
    cancelDetails();
    m_loading = false;
    m_connectedUsers = -1;
    m_model->clear();
    m_ui->detailsLabel->clear();
    updateCountLabel();
}

void SessionsPane::refresh()
{
    if (!isConnected())
        return;
    AdminRestClient* client = session()->client();
    const quint64 generation = ++m_generation;
    // The previous refresh's detail requests are cancelled (their answers would be stale anyway),
    // so no more than DetailConcurrency are ever in flight.
    cancelDetails();
    m_detailFailures = 0;
    m_listDone = false;
    m_countDone = false;
    m_loading = true;

    auto* count = client->connectedUserCount();
    connect(count, &ApiReply::finished, this, [this, count, generation] {
        if (generation != m_generation)
            return;
        m_countDone = true;
        if (count->ok())
            m_connectedUsers = count->value();
        else
            showError(count->error(), tr("Could not count the connected users."));
        updateCountLabel();
        finishIfDone(generation);
    });

    auto* list = client->connectedSessions();
    connect(list, &ApiReply::finished, this, [this, list, generation] {
        if (generation != m_generation)
            return;
        m_listDone = true;
        if (!list->ok()) {
            showError(list->error(), tr("Could not list the connected sessions."));
            finishIfDone(generation);
            return;
        }
        m_model->setConnectedSessions(list->value(), session()->client()->domain());
        m_detailQueue = m_model->users();
        m_ui->detailsLabel->setText(m_detailQueue.isEmpty()
                ? QString()
                : tr("Reading the details of %n user(s)…", nullptr, int(m_detailQueue.size())));
        for (int i = 0; i < DetailConcurrency; ++i)
            fetchNextDetails(generation);
        finishIfDone(generation);
    });
}

void SessionsPane::fetchNextDetails(quint64 generation)
{
    if (generation != m_generation || m_detailQueue.isEmpty() || !isConnected())
        return;
    const QString user = m_detailQueue.takeFirst();
    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    auto* reply = session()->client()->user(UserReference::forPath(user, session()->client()->domain()));
    m_detailReplies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, user, generation] {
        m_detailReplies.removeAll(reply);
        if (generation != m_generation)
            return;
        --m_inFlight;
        if (reply->ok()) {
            m_model->updateUserSessions(user, reply->value().sessions);
        } else if (reply->error().kind == ApiError::Kind::NotFound) {
            // Deleted since the listing: its sessions are gone with it.
            m_model->updateUserSessions(user, {});
        } else {
            ++m_detailFailures;
            showError(reply->error(), tr("Could not read the sessions of %1.").arg(user));
        }
        fetchNextDetails(generation);
        finishIfDone(generation);
    });
}

void SessionsPane::cancelDetails()
{
    m_detailQueue.clear();
    m_inFlight = 0;
    // cancel() emits finished() at once; the handlers see a stale generation and return.
    const QList<QPointer<ApiReply>> replies = std::exchange(m_detailReplies, {});
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply)
            reply->cancel();
    }
}

void SessionsPane::finishIfDone(quint64 generation)
{
    if (generation != m_generation || !m_loading || !m_listDone || !m_countDone || m_inFlight > 0
        || !m_detailQueue.isEmpty())
        return;
    m_loading = false;
    m_ui->detailsLabel->setText(m_detailFailures > 0
            ? tr("The details of %n user(s) could not be read.", nullptr, m_detailFailures)
            : QString());
    updateCountLabel();
    session()->markRefreshed();
    emit loaded();
}

void SessionsPane::updateCountLabel()
{
    const int sessions = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int users = m_connectedUsers >= 0 ? m_connectedUsers : m_model->connectedUserCount();
    QString text
        = tr("%n connected user(s)", nullptr, users) + QStringLiteral(", ") + tr("%n session(s)", nullptr, sessions);
    if (shown != sessions)
        text += QStringLiteral(" — ") + tr("%n shown", nullptr, shown);
    m_ui->countLabel->setText(isConnected() || sessions > 0 ? text : QString());
}

void SessionsPane::updateActions()
{
    const int selected = int(m_ui->sessionsView->selectionModel()->selectedRows().size());
    QString why;
    if (!isConnected())
        why = tr("Not connected to a server.");
    else if (!session()->capabilities().kick)
        why = tr("This server cannot close sessions: that needs this project's admin_rest module (kick extension).");
    else if (session()->isReadOnly())
        why = tr("This connection is read-only.");
    else if (selected == 0)
        why = tr("Select the sessions to disconnect.");
    m_ui->kickButton->setEnabled(why.isEmpty());
    m_ui->kickButton->setToolTip(
        why.isEmpty() ? tr("Disconnect the %n selected session(s) (Del)", nullptr, selected) : why);
}

QStringList SessionsPane::selectedSessions() const
{
    QStringList sessions;
    for (const QModelIndex& index : m_ui->sessionsView->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        sessions << source.data(SessionsModel::UserRole).toString() + QLatin1Char('/')
                + source.data(SessionsModel::ResourceRole).toString();
    }
    sessions.sort(Qt::CaseInsensitive);
    return sessions;
}

void SessionsPane::kickSelected()
{
    if (!m_ui->kickButton->isEnabled())
        return;
    const QStringList sessions = selectedSessions();
    auto* dialog = new KickDialog(sessions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessions] { kick(sessions, dialog->reason()); });
    dialog->open();
}

void SessionsPane::kick(const QStringList& sessions, const QString& reason)
{
    if (!isConnected() || sessions.isEmpty())
        return;
    AdminRestClient* client = session()->client();
    struct Progress
    {
        int pending = 0;
        int closed = 0;
        QStringList failed;
        ApiError lastError;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(sessions.size());
    for (const QString& full : sessions) {
        const QString user = full.section(QLatin1Char('/'), 0, 0);
        const QString resource = full.section(QLatin1Char('/'), 1);
        auto* reply = client->kick(UserReference::forPath(user, client->domain()), resource, reason);
        connect(reply, &ApiReply::finished, this, [this, reply, full, progress] {
            if (reply->ok() || reply->error().kind == ApiError::Kind::NotFound) {
                // NotFound: the session ended meanwhile, which is what was wanted.
                progress->closed += reply->ok() ? reply->value() : 0;
            } else {
                progress->failed << full;
                progress->lastError = reply->error();
            }
            if (--progress->pending > 0)
                return;
            if (progress->failed.isEmpty())
                banner()->showMessage(
                    MessageBanner::Type::Success, tr("Disconnected %n session(s).", nullptr, progress->closed));
            else
                showError(progress->lastError,
                    tr("Could not disconnect %1.").arg(progress->failed.join(QStringLiteral(", "))));
            refresh();
            emit kicked();
        });
    }
}
