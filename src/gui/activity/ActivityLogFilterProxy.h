// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// The activity log as shown: optionally failures only, filtered by text across every column, with
// failed requests in the error colour and with an error icon.
class ActivityLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActivityLogFilterProxy(QObject* parent = nullptr);

    bool failuresOnly() const { return m_failuresOnly; }
    void setFailuresOnly(bool failuresOnly);
    void setText(const QString& text);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_failuresOnly = false;
};
