// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/PlainTextDelegate.h"

#include "input/VisibleText.h"
#include "widgets/PlainText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace {

// Far more than any column shows (the rest is elided anyway), and than the longest names the tests
// try (5,000 characters), which the cell's text still holds whole.
constexpr qsizetype LongestCell = 10000;

} // namespace

PlainTextDelegate::PlainTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString PlainTextDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    // A cell is one line: a line break in a name is written out too, or "alice\nmallory" would show
    // as "alice". A value of megabytes (an 8 MB whitelist entry from a hostile server) is cut before
    // it is escaped, measured and elided at every paint; the model keeps it whole.
    if (value.typeId() == QMetaType::QString)
        return QStyledItemDelegate::displayText(
            VisibleText::escaped(VisibleText::shortened(value.toString(), LongestCell)), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

bool PlainTextDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event && view && event->type() == QEvent::ToolTip && index.isValid()) {
        const QVariant tip = index.data(Qt::ToolTipRole);
        if (tip.typeId() == QMetaType::QString && !tip.toString().isEmpty()) {
            QToolTip::showText(event->globalPos(), PlainText::toolTip(tip.toString()), view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
