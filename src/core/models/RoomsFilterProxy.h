// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

// The rooms pane's view of a RoomsModel: all rooms, the empty ones, or the idle ones (empty and no
// message for `idleDays` days, as a cleanup proposes them), narrowed by a text in the address or
// name; sorted by each column's value (RoomsModel's Qt::EditRole).
class RoomsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Empty, Idle };

    explicit RoomsFilterProxy(QObject* parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setIdleDays(int days);
    int idleDays() const { return m_idleDays; }
    void setText(const QString& text);
    // The time "idle for N days" counts back from (now when not set; tests set it).
    void setNow(const QDateTime& now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
    int m_idleDays = 30;
    QString m_text;
    QDateTime m_now;
};
