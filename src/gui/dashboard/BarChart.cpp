// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "dashboard/BarChart.h"

#include "widgets/PlainText.h"
#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace {
constexpr int MaximumBars = 12;
}

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setBars(const QList<std::pair<QString, int>>& bars)
{
    // The labels are the clients' own names (session resources): drawn with hidden characters
    // written out, so that a name cannot reverse or hide itself.
    m_bars = bars.mid(0, MaximumBars);
    for (auto& [label, count] : m_bars)
        label = PlainText::line(label);
    QStringList words;
    for (const auto& [label, count] : std::as_const(m_bars))
        words << tr("%1: %2").arg(label).arg(count);
    setAccessibleDescription(words.isEmpty() ? tr("Nothing to show.") : words.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize BarChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 2};
}

QSize BarChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_bars.size()));
    return {320, rows * (fontMetrics().height() + 6) + 6};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics metrics(font());
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No sessions"));
        return;
    }
    int labelWidth = 0;
    int most = 1;
    for (const auto& [label, count] : std::as_const(m_bars)) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        most = std::max(most, count);
    }
    labelWidth = std::min(labelWidth, width() / 3);
    const int countWidth = metrics.horizontalAdvance(QString::number(most)) + 8;
    const int rowHeight = metrics.height() + 6;
    const int barLeft = labelWidth + 12;
    const int barSpace = std::max(10, width() - barLeft - countWidth - 6);
    int y = 4;
    for (const auto& [label, count] : std::as_const(m_bars)) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(4, y, labelWidth, rowHeight - 4), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(label, Qt::ElideRight, labelWidth));
        const int barWidth = std::max(2, barSpace * count / most);
        painter.fillRect(QRect(barLeft, y + 2, barWidth, rowHeight - 8), pal.color(QPalette::Highlight));
        painter.drawText(QRect(barLeft + barWidth + 6, y, countWidth, rowHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(count));
        y += rowHeight;
    }
}
