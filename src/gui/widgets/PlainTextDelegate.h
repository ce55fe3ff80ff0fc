// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// The item delegate of every table and list (PlainText::protectViews): a cell's text is drawn with
// its hidden characters written out (a user name with a right-to-left override cannot pass for
// another), and a cell's tooltip is shown literally, never as HTML. Cells are already drawn as plain
// text by QStyledItemDelegate; tooltips are not (QToolTip renders whatever might be rich text).
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlainTextDelegate(QObject* parent = nullptr);

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
};
