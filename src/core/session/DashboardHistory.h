// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <utility>

// What the dashboard draws: connected users and sessions over time, sampled since the console
// opened (at most MaximumSamples, the oldest dropped), and the latest sessions grouped by the client
// their resource names ("Conversations.x3f" → "Conversations", "gajim-2" → "gajim").
class DashboardHistory : public QObject
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime time;
        int connectedUsers = 0;
        int sessions = 0;
    };
    static constexpr int MaximumSamples = 2880; // a day at a 30 s interval

    explicit DashboardHistory(QObject* parent = nullptr);

    void addSample(const QDateTime& time, const QList<ConnectedSession>& sessions);
    void clear();

    const QList<Sample>& samples() const { return m_samples; }
    // Client name and session count, most sessions first, then by name.
    const QList<std::pair<QString, int>>& sessionsByClient() const { return m_byClient; }
    int peakConnectedUsers() const;

    // The client part of a resource: its leading letters, dots and spaces trimmed; "unnamed" for none.
    static QString clientOf(const QString& resource);

signals:
    void changed();

private:
    QList<Sample> m_samples;
    QList<std::pair<QString, int>> m_byClient;
};
