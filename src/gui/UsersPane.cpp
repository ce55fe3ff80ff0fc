#include "UsersPane.h"

#include "ui_UsersPane.h"

#include "AdminRestClient.h"
#include "ServerSession.h"
#include "SessionsModel.h"
#include "UsersModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace {
constexpr int PageSize = 1000;
}

UsersPane::UsersPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::UsersPane>())
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sessions(new SessionsModel(this))
{
    m_ui->setupUi(contentWidget());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(UsersModel::JidColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->usersView->setModel(m_proxy);
    m_ui->usersView->sortByColumn(UsersModel::JidColumn, Qt::AscendingOrder);
    m_ui->usersView->horizontalHeader()->setSectionResizeMode(UsersModel::JidColumn, QHeaderView::Stretch);
    m_ui->sessionsView->setModel(m_sessions);
    m_ui->sessionsView->hideColumn(SessionsModel::UserColumn);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersPane::showSelectedUserSessions);
}

UsersPane::~UsersPane() = default;

QString UsersPane::title() const
{
    return tr("Users");
}

QIcon UsersPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

void UsersPane::sessionDisconnected()
{
    ++m_generation;
    m_model->clear();
    m_sessions->clear();
    m_ui->sourceLabel->clear();
}

void UsersPane::refresh()
{
    if (!isConnected())
        return;
    AdminRestClient* client = session()->client();
    const Capabilities& caps = session()->capabilities();
    const quint64 generation = ++m_generation;
    m_loadedUsers.clear();
    m_loadedSessions.clear();
    m_registeredListed = caps.canListRegisteredUsers();
    m_pending = 1;

    auto* sessions = client->connectedSessions();
    connect(sessions, &ApiReply::finished, this, [this, sessions, generation] {
        if (generation != m_generation)
            return;
        if (!sessions->ok())
            showError(sessions->error(), tr("Could not read the connected users."));
        else
            m_loadedSessions = sessions->value();
        finishLoad(generation);
    });

    if (caps.registeredUsersPaged) {
        ++m_pending;
        loadRegisteredPage(generation, 0, {});
    } else if (caps.allUsers) {
        ++m_pending;
        auto* all = client->allUsers();
        connect(all, &ApiReply::finished, this, [this, all, generation] {
            if (generation != m_generation)
                return;
            if (!all->ok()) {
                m_registeredListed = false;
                showError(all->error(), tr("Could not list the registered users."));
            } else {
                m_loadedUsers = all->value();
            }
            finishLoad(generation);
        });
    }
    showSelectedUserSessions();
}

void UsersPane::loadRegisteredPage(quint64 generation, int offset, QList<RegisteredUser> collected)
{
    auto* page = session()->client()->registeredUsers(offset, PageSize);
    connect(page, &ApiReply::finished, this, [this, page, generation, offset, collected = std::move(collected)]() mutable {
        if (generation != m_generation)
            return;
        if (!page->ok()) {
            m_registeredListed = false;
            showError(page->error(), tr("Could not list the registered users."));
            finishLoad(generation);
            return;
        }
        const RegisteredUserPage& result = page->value();
        collected.append(result.users);
        const int next = offset + int(result.users.size());
        if (!result.users.isEmpty() && next < result.total) {
            loadRegisteredPage(generation, next, std::move(collected));
            return;
        }
        m_loadedUsers = std::move(collected);
        finishLoad(generation);
    });
}

void UsersPane::finishLoad(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    const QString domain = session()->client()->domain();
    if (m_registeredListed) {
        m_model->setUsers(m_loadedUsers, m_loadedSessions, domain);
        m_ui->sourceLabel->setText(tr("%n registered user(s)", nullptr, m_model->rowCount()));
    } else {
        m_model->setConnectedOnly(m_loadedSessions, domain);
        m_ui->sourceLabel->setText(
            tr("%n connected user(s) — this server cannot list registered users", nullptr, m_model->rowCount()));
    }
    session()->markRefreshed();
}

void UsersPane::showSelectedUserSessions()
{
    const QModelIndexList selected = m_ui->usersView->selectionModel()->selectedRows(UsersModel::JidColumn);
    const quint64 generation = ++m_sessionsGeneration;
    if (selected.size() != 1 || !isConnected()) {
        m_sessions->clear();
        return;
    }
    const QString jid = m_proxy->mapToSource(selected.first()).data(UsersModel::JidRole).toString();
    auto* reply = session()->client()->user(jid);
    connect(reply, &ApiReply::finished, this, [this, reply, jid, generation] {
        if (generation != m_sessionsGeneration)
            return;
        if (!reply->ok()) {
            m_sessions->clear();
            showError(reply->error(), tr("Could not read the sessions of %1.").arg(jid));
            return;
        }
        m_sessions->setSessions(jid, reply->value().sessions);
    });
}
