// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "whitelist/WhitelistPane.h"

#include "ui_WhitelistPane.h"

#include "input/IpAddressValidator.h"
#include "models/WhitelistModel.h"
#include "operations/ChangeWhitelist.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/InputHintLabel.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSortFilterProxyModel>

namespace {
QString lockOutOn012()
{
    return WhitelistPane::tr("On Prosody 0.12 with the published module, adding any address locks everyone out, "
                             "this console included: the module cannot see the client's address there, so no request "
                             "matches the list until the module is reloaded on the server.");
}

QString lastRemovedLocksOut()
{
    return WhitelistPane::tr("On this server's module, removing the last address does not turn the whitelist off: "
                             "NOBODY can use the admin API any more, this console included, until the module is "
                             "reloaded from the server side.");
}

QString lastingNote()
{
    return WhitelistPane::tr("The change lasts only until the server restarts or the module reloads.");
}
} // namespace

WhitelistPane::WhitelistPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::WhitelistPane>())
    , m_model(new WhitelistModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    addContextAction(m_ui->whitelistView, m_ui->removeButton, QKeySequence::Delete);
    m_proxy->setSourceModel(m_model);
    m_ui->whitelistView->setModel(m_proxy);
    m_ui->whitelistView->sortByColumn(WhitelistModel::AddressColumn, Qt::AscendingOrder);
    m_ui->whitelistView->horizontalHeader()->setSectionResizeMode(WhitelistModel::AddressColumn, QHeaderView::Stretch);
    QPalette warning = m_ui->dangerLabel->palette();
    warning.setColor(QPalette::WindowText, InputHintLabel::errorColor(warning));
    m_ui->dangerLabel->setPalette(warning);
    m_ui->dangerLabel->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, &WhitelistPane::addTyped);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &WhitelistPane::addTyped);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, m_ui->addressHint, &InputHintLabel::clearHint);
    connect(m_ui->ownAddressCombo, &QComboBox::editTextChanged, m_ui->ownAddressHint, &InputHintLabel::clearHint);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WhitelistPane::removeSelected);
    connect(m_ui->whitelistView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &WhitelistPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &WhitelistPane::updateActions);
    updateState();
    updateActions();
}

WhitelistPane::~WhitelistPane() = default;

QString WhitelistPane::title()
{
    return tr("Whitelist");
}

QIcon WhitelistPane::icon()
{
    return QIcon(QStringLiteral(":/icons/whitelist.svg"));
}

void WhitelistPane::sessionConnected()
{
    fillOwnAddresses();
    updateState();
    refresh();
}

void WhitelistPane::sessionDisconnected()
{
    m_scope->reset();
    m_loaded = false;
    m_lockedOut = false;
    m_busy = false;
    m_model->clear();
    m_ui->addressHint->clearHint();
    updateState();
    updateActions();
}

void WhitelistPane::refresh()
{
    if (!isConnected())
        return;
    m_scope->reset();
    auto* reply = session()->whitelist();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not read the whitelist."));
            return;
        }
        m_model->setAddresses(reply->value());
        m_loaded = true;
        m_lockedOut = false;
        updateState();
        updateActions();
        session()->markRefreshed();
    });
}

bool WhitelistPane::removingLastTurnsOff() const
{
    return session()->capabilities().flavor == Capabilities::Flavor::Ours;
}

void WhitelistPane::fillOwnAddresses()
{
    const QString previous = m_ui->ownAddressCombo->currentText();
    QStringList candidates;
    const QString host = session()->baseUrl().host();
    if (session()->isLocal()) {
        // Over loopback the server sees the console as the loopback address it connected to.
        const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
        candidates = v6 ? QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")}
                        : QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        m_ui->ownAddressHelp->setText(
            tr("The server runs on this computer, so it sees the console as a loopback address: %1.")
                .arg(candidates.first()));
    } else {
        QStringList v4;
        QStringList v6;
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        for (QHostAddress address : addresses) {
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            address.setScopeId({});
            (address.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6).append(address.toString());
        }
        candidates = v4 + v6;
        m_ui->ownAddressHelp->setText(
            tr("The console cannot know the address under which the server sees this computer. On the same network "
               "it is usually one of this computer's own addresses, listed here. Through NAT, a proxy or a VPN it is "
               "an address this computer does not have: ask whoever runs the network, and type it here."));
    }
    m_ui->ownAddressCombo->clear();
    m_ui->ownAddressCombo->addItems(candidates);
    if (!previous.isEmpty() && !candidates.contains(previous))
        m_ui->ownAddressCombo->setEditText(previous);
}

QString WhitelistPane::ownAddress()
{
    const IpAddressValidator::Result check = IpAddressValidator::check(m_ui->ownAddressCombo->currentText());
    if (!check.valid) {
        m_ui->ownAddressHint->showError(check.message);
        return {};
    }
    m_ui->ownAddressHint->clearHint();
    return check.normalized;
}

void WhitelistPane::addTyped()
{
    if (!isConnected() || session()->isReadOnly() || m_busy)
        return;
    const IpAddressValidator::Result check = IpAddressValidator::check(m_ui->addressEdit->text());
    if (!check.valid) {
        m_ui->addressHint->showError(check.message);
        return;
    }
    const QString address = check.normalized;
    if (m_model->containsKey(address)) {
        m_ui->addressHint->showNote(tr("%1 is already on the whitelist.").arg(address));
        return;
    }
    m_ui->addressHint->showNote(check.message);

    const Capabilities::Flavor flavor = session()->capabilities().flavor;
    const bool first = m_loaded && m_model->rowCount() == 0;
    QStringList toAdd{address};
    QStringList paragraphs;
    QString accept;
    bool ask = false;

    if (flavor == Capabilities::Flavor::Classic || flavor == Capabilities::Flavor::Unknown) {
        ask = true;
        paragraphs.append(flavor == Capabilities::Flavor::Unknown
                ? tr("The console could not tell which version of admin_rest this server runs.") + QLatin1Char(' ')
                    + lockOutOn012()
                : lockOutOn012());
        accept = tr("Add and lock everyone out");
    }
    if (first) {
        ask = true;
        paragraphs.append(tr("Adding the first address turns the whitelist on: from then on only the listed "
                             "addresses may use the admin API."));
        if (m_ui->ownAddressCheck->isChecked()) {
            const QString own = ownAddress();
            if (own.isEmpty())
                return;
            if (own != address) {
                toAdd.prepend(own);
                paragraphs.append(tr("This computer's address, %1, is added first so that the console keeps its "
                                     "access. The console cannot know for sure how the server sees this computer: "
                                     "if it sees another address (NAT, a proxy, a VPN), the console is locked out "
                                     "until the module is reloaded on the server.")
                                      .arg(own));
            }
        } else {
            paragraphs.append(tr("This computer's address is not added: unless the server sees this console as %1, "
                                 "the console locks itself out until the module is reloaded on the server.")
                                  .arg(address));
        }
        if (accept.isEmpty())
            accept = tr("Turn the whitelist on");
    }
    paragraphs.append(lastingNote());

    auto run = [this, toAdd, address] {
        runSequence(toAdd, true, [this, toAdd, address](bool allDone) {
            if (allDone) {
                banner()->showMessage(MessageBanner::Type::Success,
                    tr("Added to the whitelist: %1.").arg(toAdd.join(QStringLiteral(", "))) + QLatin1Char(' ')
                        + lastingNote());
                if (IpAddressValidator::check(m_ui->addressEdit->text()).normalized == address) {
                    m_ui->addressEdit->clear();
                    m_ui->addressHint->clearHint();
                }
            }
            refresh();
        });
    };
    if (!ask) {
        run();
        return;
    }
    MessageBox::confirm(this, tr("Add to the whitelist"), paragraphs.join(QLatin1String("\n\n")), accept, run);
}

void WhitelistPane::removeSelected()
{
    if (!isConnected() || session()->isReadOnly() || m_busy)
        return;
    QStringList addresses;
    const QModelIndexList selected = m_ui->whitelistView->selectionModel()->selectedRows(WhitelistModel::AddressColumn);
    for (const QModelIndex& index : selected)
        addresses.append(m_proxy->mapToSource(index).data(WhitelistModel::AddressRole).toString());
    if (addresses.isEmpty())
        return;
    addresses.sort();
    // This computer's address goes last: removed earlier, it would lock the console out of the remaining removals.
    const QString own = IpAddressValidator::check(m_ui->ownAddressCombo->currentText()).normalized;
    if (!own.isEmpty() && addresses.removeAll(own) > 0)
        addresses.append(own);

    const bool last = addresses.size() == m_model->rowCount();
    const bool turnsOff = removingLastTurnsOff();
    QStringList paragraphs;
    paragraphs.append(tr("Remove %n address(es) from the whitelist? Clients at these addresses can no longer use the "
                         "admin API.",
                          nullptr, int(addresses.size()))
        + QLatin1String("\n") + addresses.join(QLatin1Char('\n')));
    QString accept = tr("Remove %n address(es)", nullptr, int(addresses.size()));
    if (last && turnsOff) {
        paragraphs.append(tr("Removing the last address turns the whitelist off: every address may use the admin API "
                             "again."));
        accept = tr("Remove and turn the whitelist off");
    } else if (last) {
        paragraphs.append(lastRemovedLocksOut());
        accept = tr("Remove and lock everyone out");
    } else {
        if (!own.isEmpty() && addresses.contains(own)) {
            paragraphs.append(tr("%1 is this computer's address as the server probably sees it: without it, the "
                                 "console may lose its access.")
                                  .arg(own));
        }
    }
    paragraphs.append(lastingNote());
    MessageBox::confirm(this, tr("Remove from the whitelist"), paragraphs.join(QLatin1String("\n\n")), accept,
        [this, addresses, last, turnsOff] {
            runSequence(addresses, false, [this, addresses, last, turnsOff](bool allDone) {
                if (!allDone) {
                    refresh();
                    return;
                }
                if (last && !turnsOff) {
                    // Reading the list back would only be refused: nobody is allowed any more.
                    m_lockedOut = true;
                    banner()->showMessage(MessageBanner::Type::Warning,
                        tr("The whitelist is empty but still on: nobody can use the admin API until the module is "
                           "reloaded on the server."));
                    updateState();
                    return;
                }
                banner()->showMessage(MessageBanner::Type::Success,
                    tr("Removed from the whitelist: %1.").arg(addresses.join(QStringLiteral(", "))) + QLatin1Char(' ')
                        + (last ? tr("The whitelist is off.") : lastingNote()));
                refresh();
            });
        });
}

void WhitelistPane::runSequence(const QStringList& addresses, bool add, const std::function<void(bool allDone)>& done)
{
    if (addresses.isEmpty()) {
        m_busy = false;
        updateActions();
        done(true);
        return;
    }
    m_busy = true;
    updateActions();
    auto* change = new ChangeWhitelist(
        session(), add ? ChangeWhitelist::Change::Add : ChangeWhitelist::Change::Remove, addresses, this);
    connect(change, &Operation::finished, change, &QObject::deleteLater);
    m_scope->on(change, &Operation::itemChanged, [this, change, add](int index) {
        const Operation::Outcome& outcome = change->outcome(index);
        if (outcome.status != Operation::Status::Succeeded)
            return;
        if (add)
            m_model->addAddress(outcome.label);
        else
            m_model->removeAddress(outcome.label);
        updateState();
    });
    m_scope->on(change, &Operation::finished, [this, change, add, done] {
        m_busy = false;
        updateActions();
        if (!change->allDone()) {
            const QString address = change->labels(Operation::Status::Failed).value(0);
            showError(change->firstError(),
                add ? tr("Could not add %1 to the whitelist.").arg(address)
                    : tr("Could not remove %1 from the whitelist.").arg(address));
            done(false);
            return;
        }
        done(true);
    });
    change->start();
}

void WhitelistPane::updateState()
{
    const bool connected = isConnected();
    const Capabilities::Flavor flavor = connected ? session()->capabilities().flavor : Capabilities::Flavor::Unknown;
    if (!connected || !m_loaded) {
        m_ui->stateLabel->clear();
    } else if (m_lockedOut) {
        m_ui->stateLabel->setText(tr("The whitelist is empty but still on: nobody can use the admin API until the "
                                     "module is reloaded on the server."));
    } else if (m_model->rowCount() == 0) {
        // An answer came back, so an empty list is not one that locks everyone out: the whitelist is off.
        m_ui->stateLabel->setText(tr("The whitelist is off: any address may use the admin API."));
    } else {
        m_ui->stateLabel->setText(tr("The whitelist is on: only the %n listed address(es) may use the admin API.",
            nullptr, m_model->rowCount()));
    }

    QStringList dangers;
    if (connected) {
        if (flavor == Capabilities::Flavor::Classic)
            dangers.append(lockOutOn012());
        else if (flavor == Capabilities::Flavor::Unknown)
            dangers.append(tr("The console could not tell which version of admin_rest this server runs.")
                + QLatin1Char(' ') + lockOutOn012());
        if (flavor != Capabilities::Flavor::Ours)
            dangers.append(lastRemovedLocksOut());
    }
    m_ui->dangerLabel->setText(dangers.join(QLatin1Char('\n')));
    m_ui->dangerLabel->setVisible(!dangers.isEmpty());
    if (connected && flavor == Capabilities::Flavor::Ours) {
        m_ui->stateLabel->setToolTip(
            tr("This server runs this project's admin_rest: removing the last address turns the whitelist off."));
    } else {
        m_ui->stateLabel->setToolTip({});
    }
}

void WhitelistPane::updateActions()
{
    const bool connected = isConnected();
    const bool writable = connected && !session()->isReadOnly() && !m_busy;
    m_ui->addButton->setEnabled(writable && m_loaded);
    m_ui->removeButton->setEnabled(writable && m_ui->whitelistView->selectionModel()->hasSelection());
    const QString why = !connected ? tr("Not connected to a server.")
        : session()->isReadOnly()  ? tr("This connection is read-only.")
        : m_busy                   ? tr("Waiting for the server to finish the last change.")
        : !m_loaded                ? tr("The whitelist has not been read yet.")
                                   : QString();
    m_ui->addButton->setToolTip(why.isEmpty() ? tr("Add the address to the whitelist") : why);
    m_ui->removeButton->setToolTip(why.isEmpty() ? tr("Remove the selected addresses from the whitelist") : why);
}
