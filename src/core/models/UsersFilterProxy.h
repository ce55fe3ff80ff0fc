#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

class UsersModel;

// The users table as shown: filtered by the text typed (in the JID) and, where the server reports
// last activity, to the accounts inactive for at least N days (offline, and last seen before then
// or not at all since the server began recording, itself before then). Last activity sorts by time,
// never seen first.
class UsersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UsersFilterProxy(QObject* parent = nullptr);

    // A UsersModel, read directly; another model is filtered through its display text.
    void setSourceModel(QAbstractItemModel* model) override;

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QDateTime cutoff() const;

    int m_inactiveDays = 0;
    EnabledFilter m_enabledFilter = EnabledFilter::All;
    QDateTime m_referenceTime;
    QString m_signedInJid;
    QString m_text;
    UsersModel* m_users = nullptr;
};
