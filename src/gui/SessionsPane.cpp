#include "SessionsPane.h"

#include "ui_SessionsPane.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <utility>

#include "AdminRestClient.h"
#include "ServerSession.h"
#include "SessionsModel.h"
#include "UserReference.h"

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
}

SessionsPane::~SessionsPane() = default;

QString SessionsPane::title() const
{
    return tr("Sessions");
}

QIcon SessionsPane::icon() const
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
