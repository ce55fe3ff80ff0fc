// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "rosters/RostersPane.h"

#include "ui_RostersPane.h"

#include "input/JidValidator.h"
#include "models/RosterModel.h"
#include "operations/AddRosterContact.h"
#include "operations/RemoveRosterContacts.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "session/UserDirectory.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

#include <QCompleter>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStringListModel>

#include <memory>

namespace {
QCompleter* makeUserCompleter(QAbstractItemModel* model, QObject* parent)
{
    auto* completer = new QCompleter(model, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

// The validator's note, unless all it says is that the host's domain was added to a bare user name.
QString noteFor(const QString& input, const JidValidator::Result& check, const QString& domain)
{
    QString expected = input.trimmed();
    if (!expected.contains(QLatin1Char('@')))
        expected += QLatin1Char('@') + domain;
    return check.normalized == expected ? QString() : check.message;
}
} // namespace

RostersPane::RostersPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::RostersPane>())
    , m_model(new RosterModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_users(new UserDirectory(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    addContextAction(m_ui->rosterView, m_ui->removeButton, QKeySequence::Delete);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->rosterView->setModel(m_proxy);
    m_ui->rosterView->sortByColumn(RosterModel::JidColumn, Qt::AscendingOrder);
    m_ui->rosterView->horizontalHeader()->setSectionResizeMode(RosterModel::JidColumn, QHeaderView::Stretch);

    m_userCompleter = makeUserCompleter(m_users->model(), this);
    m_ui->userEdit->setCompleter(m_userCompleter);
    m_contactCompleter = makeUserCompleter(m_users->model(), this);
    m_ui->contactEdit->setCompleter(m_contactCompleter);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->showButton, &QPushButton::clicked, this, &RostersPane::showRoster);
    connect(m_ui->userEdit, &QLineEdit::returnPressed, this, &RostersPane::showRoster);
    connect(m_ui->userEdit, &QLineEdit::textEdited, m_ui->userHint, &InputHintLabel::clearHint);
    connect(m_ui->addButton, &QPushButton::clicked, this, &RostersPane::addContact);
    connect(m_ui->contactEdit, &QLineEdit::returnPressed, this, &RostersPane::addContact);
    connect(m_ui->contactEdit, &QLineEdit::textEdited, m_ui->contactHint, &InputHintLabel::clearHint);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RostersPane::removeSelectedContacts);
    connect(
        m_ui->rosterView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RostersPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &RostersPane::updateActions);
    connect(m_users, &UserDirectory::failed, this,
        [this](const ApiError& error) { showError(error, tr("Could not list the users for completion.")); });
    updateActions();
}

RostersPane::~RostersPane() = default;

QString RostersPane::title()
{
    return tr("Rosters");
}

QIcon RostersPane::icon()
{
    return QIcon(QStringLiteral(":/icons/roster.svg"));
}

void RostersPane::sessionDisconnected()
{
    m_scope->reset();
    m_model->clearRoster();
    m_users->clear();
    m_ui->sourceLabel->clear();
    m_ui->userHint->clearHint();
    m_ui->contactHint->clearHint();
    updateActions();
}

void RostersPane::refresh()
{
    if (!isConnected())
        return;
    // Every user, for the completers: a big host has many pages, so only once the pane is on screen.
    whenShown(QStringLiteral("users"), [this] {
        if (isConnected())
            m_users->load(session());
    });
    if (!m_model->owner().isEmpty())
        loadRoster(m_model->owner());
    updateActions();
}

QString RostersPane::pathUserFor(const QString& bareJid) const
{
    // Every version accepts a localpart of its own host; only current and ours accept user@host.
    const QString domain = session()->domain();
    const QString suffix = QLatin1Char('@') + domain;
    if (bareJid.endsWith(suffix, Qt::CaseInsensitive))
        return bareJid.left(bareJid.size() - suffix.size());
    return bareJid;
}

void RostersPane::showRoster()
{
    if (!isConnected())
        return;
    const QString domain = session()->domain();
    const JidValidator::Result check = JidValidator::checkBareJid(m_ui->userEdit->text(), domain);
    if (!check.valid) {
        m_ui->userHint->showError(check.message);
        return;
    }
    if (!check.normalized.endsWith(QLatin1Char('@') + domain)
        && session()->capabilities().flavor == Capabilities::Flavor::Classic) {
        m_ui->userHint->showError(
            tr("This server's admin_rest manages only the users of %1: enter a user of that host.").arg(domain));
        return;
    }
    m_ui->userHint->showNote(noteFor(m_ui->userEdit->text(), check, domain));
    loadRoster(check.normalized);
}

void RostersPane::loadRoster(const QString& owner)
{
    m_scope->reset();
    auto* reply = session()->roster(pathUserFor(owner));
    m_scope->onFinished(reply, [this, reply, owner] {
        if (!reply->ok()) {
            // The table keeps showing the roster it had only if it belongs to the same user.
            if (m_model->owner() != owner) {
                m_model->clearRoster();
                m_ui->sourceLabel->clear();
            }
            showError(reply->error(), tr("Could not read the roster of %1.").arg(owner));
            updateActions();
            return;
        }
        m_model->setRoster(owner, reply->value());
        PlainText::setText(
            m_ui->sourceLabel, tr("%n contact(s) in the roster of %1", nullptr, m_model->rowCount()).arg(owner));
        PlainText::setTitle(m_ui->contactBox, tr("Contacts of %1").arg(owner));
        session()->markRefreshed();
        updateActions();
    });
}

void RostersPane::addContact()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString owner = m_model->owner();
    if (owner.isEmpty()) {
        m_ui->contactHint->showError(tr("Show a user's roster first: enter a user above and choose Show."));
        return;
    }
    const QString domain = session()->domain();
    const JidValidator::Result check = JidValidator::checkBareJid(m_ui->contactEdit->text(), domain);
    if (!check.valid) {
        m_ui->contactHint->showError(check.message);
        return;
    }
    const QString contact = check.normalized;
    if (contact == owner) {
        m_ui->contactHint->showError(tr("%1 cannot be added to their own roster: enter another contact.").arg(owner));
        return;
    }
    m_ui->contactHint->showNote(noteFor(m_ui->contactEdit->text(), check, domain));

    QString text = tr("%1 and %2 will be added to each other's rosters, with a mutual subscription: "
                      "both rosters change.")
                       .arg(owner, contact);
    if (m_model->containsKey(contact))
        text += QLatin1String("\n\n")
            + tr("%1 is already in the roster; its subscription is set to mutual again.").arg(contact);
    if (contact.endsWith(QLatin1Char('@') + domain) && m_users->isComplete() && !m_users->contains(contact)) {
        text += QLatin1String("\n\n")
            + tr("%1 is not a registered user of this server. The server does not check that a contact exists.")
                  .arg(contact);
    }
    MessageBox::confirm(this, tr("Add a contact"), text, tr("Add to both rosters"), [this, owner, contact] {
        if (!isConnected())
            return;
        auto* add = new AddRosterContact(session(), pathUserFor(owner), contact, this);
        connect(add, &Operation::finished, this, [this, add, owner, contact] {
            add->deleteLater();
            if (!add->succeeded()) {
                showError(add->firstError(), tr("Could not add %1 to the roster of %2.").arg(contact, owner));
                updateActions();
                return;
            }
            banner()->showMessage(
                MessageBanner::Type::Success, tr("%1 and %2 are now in each other's rosters.").arg(owner, contact));
            // Only now is what was typed done with.
            if (JidValidator::checkBareJid(m_ui->contactEdit->text(), session()->domain()).normalized == contact)
                m_ui->contactEdit->clear();
            if (m_model->owner() == owner)
                loadRoster(owner);
            updateActions();
        });
        add->start();
    });
}

void RostersPane::removeSelectedContacts()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString owner = m_model->owner();
    QStringList contacts;
    const QModelIndexList selected = m_ui->rosterView->selectionModel()->selectedRows(RosterModel::JidColumn);
    for (const QModelIndex& index : selected)
        contacts.append(m_proxy->mapToSource(index).data(RosterModel::JidRole).toString());
    if (owner.isEmpty() || contacts.isEmpty())
        return;
    contacts.sort();

    // The published modules remove the contact from the owner's roster only: the contact keeps the
    // owner as an entry with subscription "none". The console then removes that side with a second
    // request (for contacts of this host, whose rosters the server keeps).
    const bool mutual = session()->capabilities().rosterRemovalIsMutual;
    QString text = contacts.size() == 1
        ? tr("%1 will be removed from the roster of %2, and %2 from the roster of %1: both rosters change.")
              .arg(contacts.first(), owner)
        : tr("%n contact(s) will be removed from the roster of %1, and %1 from each of theirs: both rosters change.",
            nullptr, int(contacts.size()))
              .arg(owner);
    if (!mutual) {
        text += QLatin1String("\n\n")
            + tr("This server removes a contact from one roster only: the contact would keep %1 as an entry with "
                 "subscription “none”. The console removes that entry too, with a second request per contact.")
                  .arg(owner);
    }
    if (contacts.size() > 1)
        text += QLatin1String("\n\n") + contacts.join(QLatin1Char('\n'));
    const QString accept = tr("Remove %n contact(s) from both rosters", nullptr, int(contacts.size()));
    MessageBox::confirm(this, tr("Remove contacts"), text, accept, [this, owner, contacts] {
        if (!isConnected())
            return;
        auto* removal = new RemoveRosterContacts(session(), owner, contacts, this);
        connect(removal, &Operation::finished, this, [this, removal] {
            reportRemovals(*removal);
            removal->deleteLater();
        });
        removal->start();
    });
}

void RostersPane::reportRemovals(const RemoveRosterContacts& removal)
{
    const QString owner = removal.owner();
    const QStringList failed = removal.labels(Operation::Status::Failed);
    if (failed.isEmpty()) {
        banner()->showMessage(MessageBanner::Type::Success,
            tr("%n contact(s) removed; both rosters changed.", nullptr, removal.count(Operation::Status::Succeeded)));
    } else {
        QString context = tr("Could not remove %n contact(s) from both rosters: %1.", nullptr, int(failed.size()))
                              .arg(failed.join(QStringLiteral(", ")));
        for (int i = 0; i < removal.itemCount(); ++i) {
            const Operation::Outcome& outcome = removal.outcome(i);
            if (outcome.status == Operation::Status::Failed && outcome.stepsDone == 1) {
                context += QLatin1Char(' ')
                    + tr("%1 was removed from the roster of %2, but %2 is still in the roster of %1 (subscription "
                         "“none”)")
                          .arg(outcome.label, owner)
                    + QLatin1Char('.');
                break;
            }
        }
        showError(removal.firstError(), context);
    }
    if (m_model->owner() == owner)
        loadRoster(owner);
    updateActions();
}

void RostersPane::updateActions()
{
    const bool connected = isConnected();
    const bool writable = connected && !session()->isReadOnly();
    const bool haveOwner = !m_model->owner().isEmpty();
    const bool haveSelection = m_ui->rosterView->selectionModel()->hasSelection();
    m_ui->showButton->setEnabled(connected);
    m_ui->addButton->setEnabled(writable && haveOwner);
    m_ui->removeButton->setEnabled(writable && haveOwner && haveSelection);
    const QString why = !connected ? tr("Not connected to a server.")
        : session()->isReadOnly()  ? tr("This connection is read-only.")
        : !haveOwner               ? tr("Show a user's roster first.")
                                   : QString();
    m_ui->addButton->setToolTip(
        why.isEmpty() ? tr("Add the contact to this roster, and this user to the contact's") : why);
    m_ui->removeButton->setToolTip(why.isEmpty() && !haveSelection ? tr("Select the contacts to remove first.")
            : why.isEmpty() ? tr("Remove the selected contacts from this roster, and this user from theirs")
                            : why);
}
