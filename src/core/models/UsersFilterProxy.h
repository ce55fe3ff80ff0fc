// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <vector>

class UsersModel;

// The users table as shown: filtered by the text typed (in the JID) and, where the server reports
// last activity, to the accounts inactive for at least N days (offline, and last seen before then
// or not at all since the server began recording, itself before then). Last activity sorts by time,
// never seen first.
//
// Two shortcuts keep a keystroke cheap on a big host (same rows, same order as without them): while
// the chosen order is by JID ascending and the model's rows already come in that order (strictly,
// ignoring case, as the server lists them), the rows keep the model's order and are not sorted; and
// when the new text contains the old one, only the rows that matched are tested again. Any change of
// the model's rows, or of another filter, makes the next keystroke test every row.
class UsersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UsersFilterProxy(QObject* parent = nullptr);

    // A UsersModel, read directly; another model is filtered through its display text.
    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setText(const QString& text);
    // 0 turns the inactivity filter off.
    void setInactiveDays(int days);
    int inactiveDays() const { return m_inactiveDays; }
    // Only the enabled or only the disabled accounts (rows whose state the server does not report
    // are shown by All only).
    enum class EnabledFilter { All, Enabled, Disabled };
    void setEnabledFilter(EnabledFilter filter);
    EnabledFilter enabledFilter() const { return m_enabledFilter; }
    // The account the console signs in with (bare JID): in use now, so never inactive, whatever the
    // server recorded about its XMPP logins.
    void setSignedInJid(const QString& jid);
    // The "now" the inactivity is measured from (tests); invalid: the current time.
    void setReferenceTime(const QDateTime& time);

    // The shortcuts at work: the rows shown in the model's order (it is the chosen one), and how
    // many rows the last change of the text tested (every row, or the previous matches).
    bool keepsSourceOrder() const { return m_keepsSourceOrder; }
    int rowsTestedByLastText() const { return m_rowsTestedByText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // Which rows the filter tests while it runs, and whether it records its answers.
    enum class Pass { None, Every, PreviousMatches };

    QDateTime cutoff() const;
    bool acceptsUser(int sourceRow) const;
    // Filters every row again (a fresh record of the matches), or only the previous matches.
    void refilter(Pass pass);
    bool canNarrowTo(const QString& text) const;
    // Whether rows first..last of the model are in strictly ascending JID order, ignoring case,
    // with the rows around them too.
    bool sourceSortedAround(int first, int last) const;
    // Sorts by the chosen order, or keeps the model's order when it is the same.
    void applySort();
    void watchSource();

    int m_inactiveDays = 0;
    EnabledFilter m_enabledFilter = EnabledFilter::All;
    QDateTime m_referenceTime;
    QString m_signedInJid;
    QString m_text;
    QPointer<UsersModel> m_users; // null when the model is another one, or gone
    QList<QMetaObject::Connection> m_sourceConnections;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sourceSorted = false;
    bool m_keepsSourceOrder = false;

    // The rows the last complete filter pass accepted, by model row; valid until the model's rows
    // or another filter change.
    mutable std::vector<bool> m_matches;
    mutable int m_calls = 0; // rows asked about during a pass
    mutable int m_tested = 0; // rows tested in full during a pass
    mutable Pass m_pass = Pass::None;
    bool m_matchesValid = false;
    int m_rowsTestedByText = 0;
};
