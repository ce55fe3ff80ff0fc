// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messaging/MessageSendJob.h"
#include "messaging/RecipientChecker.h"
#include "models/KeyedTableModel.h"

#include <QStringList>

#include <functional>

struct RecipientRow
{
    QString jid; // bare JID: the key
    QString address; // as requests name the user (RecipientParser::addressFor)
    RecipientChecker::Existence existence = RecipientChecker::Existence::Unchecked;
    bool online = false;
    QString checkProblem; // why the check failed (a translated sentence)
    bool sent = false; // false until a send gave it an outcome
    MessageSendJob::Outcome outcome = MessageSendJob::Outcome::Pending;
    bool inferred = false; // the outcome was derived from multicast counts
    QString outcomeProblem; // the error of a failed outcome (a translated sentence)
    bool operator==(const RecipientRow&) const = default;
};

// The recipients of a message being composed: whether each exists and is online, and what became
// of the message sent to it.
class RecipientsModel : public KeyedTableModel<RecipientRow>
{
    Q_OBJECT
public:
    enum Column { RecipientColumn, AccountColumn, OutcomeColumn, ColumnCount };
    enum Role { JidRole = Qt::UserRole, AddressRole, ExistenceRole, OnlineRole, OutcomeRole, SentRole };

    explicit RecipientsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The client's domain: the addresses of the rows follow it. A change resets the checks.
    void setDomain(const QString& domain);
    QString domain() const { return m_domain; }

    // Appends the bare JIDs not listed yet; returns the addresses of those added.
    QStringList addRecipients(const QStringList& jids);
    void removeRecipients(const QStringList& jids);
    void removeAll();
    QStringList jids() const;
    QStringList addresses() const;
    QString jidOfAddress(const QString& address) const;

    void setChecking(const QStringList& addresses);
    void setExistence(
        const QString& address, RecipientChecker::Existence existence, bool online, const QString& problem = {});
    // Rows whose check is in this state.
    QStringList addressesWith(RecipientChecker::Existence existence) const;

    void setOutcome(
        const QString& address, MessageSendJob::Outcome outcome, bool inferred = false, const QString& problem = {});
    void clearOutcomes();
    int outcomeCount(MessageSendJob::Outcome outcome) const;

    static QString outcomeText(MessageSendJob::Outcome outcome);

protected:
    QString keyOf(const RecipientRow& row) const override { return row.jid; }

private:
    void updateRow(int row, const RecipientRow& value);
    // The row of `address` changed by `change` (nothing when it is not listed).
    void changeRow(const QString& address, const std::function<void(RecipientRow&)>& change);
    QString m_domain;
};
