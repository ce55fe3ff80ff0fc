// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/RecipientsModel.h"

#include "messaging/RecipientParser.h"

RecipientsModel::RecipientsModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int RecipientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecipientsModel::outcomeText(MessageSendJob::Outcome outcome)
{
    using Outcome = MessageSendJob::Outcome;
    switch (outcome) {
    case Outcome::Pending:
        return tr("Waiting");
    case Outcome::Sending:
        return tr("Sending…");
    case Outcome::Delivered:
        return tr("Delivered to online sessions");
    case Outcome::Queued:
        return tr("Queued for offline delivery");
    case Outcome::Reached:
        return tr("Delivered or queued");
    case Outcome::Dropped:
        return tr("Dropped: the server keeps no offline messages");
    case Outcome::NoSuchUser:
        return tr("Not sent: no such user");
    case Outcome::Uncertain:
        return tr("Unknown: may have arrived");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant RecipientsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    using Existence = RecipientChecker::Existence;
    const RecipientRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecipientColumn:
            return row.jid;
        case AccountColumn:
            switch (row.existence) {
            case Existence::Unchecked:
                return QString();
            case Existence::Checking:
                return tr("Checking…");
            case Existence::Exists:
                return row.online ? tr("Online") : tr("Offline");
            case Existence::Unknown:
                return tr("No such user");
            case Existence::CheckFailed:
                return tr("Could not check");
            }
            break;
        case OutcomeColumn:
            if (!row.sent)
                return QString();
            if (row.outcome == MessageSendJob::Outcome::Failed && !row.outcomeProblem.isEmpty())
                return tr("Failed: %1").arg(row.outcomeProblem);
            return outcomeText(row.outcome);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AccountColumn) {
            if (row.existence == Existence::Unknown)
                return tr("This user does not exist on the server: the message will not be sent to it.");
            if (row.existence == Existence::CheckFailed)
                return row.checkProblem;
        }
        if (index.column() == OutcomeColumn && row.sent) {
            QString tip = row.outcomeProblem.isEmpty() ? outcomeText(row.outcome) : row.outcomeProblem;
            if (row.outcome == MessageSendJob::Outcome::Uncertain)
                tip = tr("The server's multicast counts cannot be matched to recipients: this user may or may not "
                         "have received the message. Retry is not offered, to avoid sending it twice.");
            else if (row.inferred)
                tip += QLatin1Char('\n')
                    + tr("Derived from the server's multicast counts and the users online just before sending.");
            return tip;
        }
        break;
    case JidRole:
        return row.jid;
    case AddressRole:
        return row.address;
    case ExistenceRole:
        return QVariant::fromValue(row.existence);
    case OnlineRole:
        return row.online;
    case OutcomeRole:
        return row.sent ? QVariant::fromValue(row.outcome) : QVariant();
    case SentRole:
        return row.sent;
    }
    return {};
}

QVariant RecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("Recipient");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

void RecipientsModel::setDomain(const QString& domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    QList<RecipientRow> updated = rows();
    for (RecipientRow& row : updated) {
        row.address = RecipientParser::addressFor(row.jid, m_domain);
        row.existence = RecipientChecker::Existence::Unchecked;
        row.online = false;
        row.checkProblem.clear();
    }
    mergeRows(updated);
}

QStringList RecipientsModel::addRecipients(const QStringList& jids)
{
    QStringList added;
    for (const QString& jid : jids) {
        if (jid.isEmpty() || containsKey(jid))
            continue;
        RecipientRow row;
        row.jid = jid;
        row.address = RecipientParser::addressFor(jid, m_domain);
        upsertRow(row);
        added << row.address;
    }
    return added;
}

void RecipientsModel::removeRecipients(const QStringList& jids)
{
    for (const QString& jid : jids)
        removeKey(jid);
}

void RecipientsModel::removeAll()
{
    // Emptying the list is a new (empty) data set.
    clear();
}

QStringList RecipientsModel::jids() const
{
    QStringList result;
    for (const RecipientRow& row : rows())
        result << row.jid;
    return result;
}

QStringList RecipientsModel::addresses() const
{
    QStringList result;
    for (const RecipientRow& row : rows())
        result << row.address;
    return result;
}

QString RecipientsModel::jidOfAddress(const QString& address) const
{
    return RecipientParser::jidFor(address, m_domain);
}

void RecipientsModel::updateRow(int row, const RecipientRow& value)
{
    if (row < 0 || rowAt(row) == value)
        return;
    mutableRowAt(row) = value;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RecipientsModel::setChecking(const QStringList& addresses)
{
    for (const QString& address : addresses) {
        changeRow(address, [](RecipientRow& value) {
            value.existence = RecipientChecker::Existence::Checking;
            value.checkProblem.clear();
        });
    }
}

void RecipientsModel::changeRow(const QString& address, const std::function<void(RecipientRow&)>& change)
{
    const int row = rowOfKey(jidOfAddress(address));
    if (row < 0)
        return;
    RecipientRow value = rowAt(row);
    change(value);
    updateRow(row, value);
}

void RecipientsModel::setExistence(
    const QString& address, RecipientChecker::Existence existence, bool online, const QString& problem)
{
    changeRow(address, [&](RecipientRow& value) {
        value.existence = existence;
        value.online = online;
        value.checkProblem = problem;
    });
}

QStringList RecipientsModel::addressesWith(RecipientChecker::Existence existence) const
{
    QStringList result;
    for (const RecipientRow& row : rows()) {
        if (row.existence == existence)
            result << row.address;
    }
    return result;
}

void RecipientsModel::setOutcome(
    const QString& address, MessageSendJob::Outcome outcome, bool inferred, const QString& problem)
{
    changeRow(address, [&](RecipientRow& value) {
        value.sent = true;
        value.outcome = outcome;
        value.inferred = inferred;
        value.outcomeProblem = problem;
        // What the send found out about the account is fresher than the check.
        if (outcome == MessageSendJob::Outcome::Delivered) {
            value.existence = RecipientChecker::Existence::Exists;
            value.online = true;
        } else if (outcome == MessageSendJob::Outcome::Queued || outcome == MessageSendJob::Outcome::Dropped) {
            value.existence = RecipientChecker::Existence::Exists;
            value.online = false;
        } else if (outcome == MessageSendJob::Outcome::NoSuchUser) {
            value.existence = RecipientChecker::Existence::Unknown;
            value.online = false;
        }
    });
}

void RecipientsModel::clearOutcomes()
{
    // Usually every row changes: one range-wide dataChanged.
    int first = -1;
    int last = -1;
    for (int row = 0; row < rowCount(); ++row) {
        RecipientRow& value = mutableRowAt(row);
        if (!value.sent && value.outcomeProblem.isEmpty())
            continue;
        value.sent = false;
        value.outcome = MessageSendJob::Outcome::Pending;
        value.inferred = false;
        value.outcomeProblem.clear();
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, OutcomeColumn), index(last, OutcomeColumn));
}

int RecipientsModel::outcomeCount(MessageSendJob::Outcome outcome) const
{
    int n = 0;
    for (const RecipientRow& row : rows()) {
        if (row.sent && row.outcome == outcome)
            ++n;
    }
    return n;
}
