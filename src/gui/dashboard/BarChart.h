// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

// A small painted chart of horizontal bars, one per label with its count written at the end (the
// dashboard's sessions by client). Palette colours; the accessible description lists the figures.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);

    void setBars(const QList<std::pair<QString, int>>& bars);
    const QList<std::pair<QString, int>>& bars() const { return m_bars; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<std::pair<QString, int>> m_bars;
};
