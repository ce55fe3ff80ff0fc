// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "activity/ActivityLogFilterProxy.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include "audit/ActivityLogModel.h"
#include "widgets/InputHintLabel.h"

ActivityLogFilterProxy::ActivityLogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ActivityLogFilterProxy::setFailuresOnly(bool failuresOnly)
{
    if (m_failuresOnly == failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    invalidateFilter();
}

void ActivityLogFilterProxy::setText(const QString& text)
{
    setFilterFixedString(text);
}

QVariant ActivityLogFilterProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::ForegroundRole && index.data(ActivityLogModel::ExpectedProbeAnswerRole).toBool())
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole || role == Qt::DecorationRole || role == Qt::FontRole) {
        if (!index.data(ActivityLogModel::FailedRole).toBool())
            return QSortFilterProxyModel::data(index, role);
        switch (role) {
        case Qt::ForegroundRole:
            return InputHintLabel::errorColor(QApplication::palette());
        case Qt::DecorationRole:
            if (index.column() == ActivityLogModel::StatusColumn)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(index.column() == ActivityLogModel::StatusColumn);
            return font;
        }
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ActivityLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_failuresOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(ActivityLogModel::FailedRole).toBool())
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
