// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "dashboard/TimeSeriesChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimeSeriesChart::setPoints(const QList<std::pair<QDateTime, int>>& points)
{
    m_points = points;
    if (points.isEmpty())
        setAccessibleDescription(tr("No samples yet."));
    else
        setAccessibleDescription(
            tr("%n sample(s); latest %1, highest %2.", nullptr, int(points.size()))
                .arg(points.last().second)
                .arg(std::max_element(points.cbegin(), points.cend(), [](const auto& a, const auto& b) {
                    return a.second < b.second;
                })->second));
    update();
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    return {240, 120};
}

void TimeSeriesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics metrics(font());
    painter.fillRect(rect(), pal.color(QPalette::Base));

    if (m_points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No samples yet"));
        return;
    }

    int top = 0;
    for (const auto& point : m_points)
        top = std::max(top, point.second);
    top = std::max(top, 1);
    const QString topText = QString::number(top);
    const int left = metrics.horizontalAdvance(topText) + 8;
    const QRect plot = rect().adjusted(left, metrics.height() / 2 + 4, -10, -(metrics.height() + 8));

    // Axes and their labels.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(0, plot.top() - metrics.height() / 2, left - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, topText);
    painter.drawText(QRect(0, plot.bottom() - metrics.height() / 2, left - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const QLocale locale;
    const QDateTime first = m_points.first().first;
    const QDateTime last = m_points.last().first;
    painter.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignTop, locale.toString(first.time(), QLocale::ShortFormat));
    painter.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
        Qt::AlignRight | Qt::AlignTop, locale.toString(last.time(), QLocale::ShortFormat));

    // The line: time to x (a single sample sits in the middle), value to y.
    const qint64 span = std::max<qint64>(1, first.msecsTo(last));
    auto at = [&](const std::pair<QDateTime, int>& point) {
        const double x = m_points.size() == 1 ? plot.center().x()
                                              : plot.left() + plot.width() * double(first.msecsTo(point.first)) / span;
        const double y = plot.bottom() - plot.height() * double(point.second) / top;
        return QPointF(x, y);
    };
    QPainterPath path(at(m_points.first()));
    for (const auto& point : m_points)
        path.lineTo(at(point));
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawPath(path);
    const QPointF latest = at(m_points.last());
    painter.setBrush(pal.color(QPalette::Highlight));
    painter.drawEllipse(latest, 3.5, 3.5);
}
