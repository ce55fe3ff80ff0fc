// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

// A small painted line chart of one value over time (the dashboard's connected users): time along
// the bottom, the value up the side from 0, the latest value marked. Colours come from the palette,
// so it follows a dark theme. The accessible description repeats the figures in words.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setPoints(const QList<std::pair<QDateTime, int>>& points);
    const QList<std::pair<QDateTime, int>>& points() const { return m_points; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<std::pair<QDateTime, int>> m_points;
};
