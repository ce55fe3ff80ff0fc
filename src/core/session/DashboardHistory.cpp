// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "session/DashboardHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

DashboardHistory::DashboardHistory(QObject* parent)
    : QObject(parent)
{
}

void DashboardHistory::addSample(const QDateTime& time, const QList<ConnectedSession>& sessions)
{
    QSet<QString> users;
    QHash<QString, int> byClient;
    for (const ConnectedSession& session : sessions) {
        users.insert(session.username);
        ++byClient[clientOf(session.resource)];
    }
    if (m_samples.size() >= MaximumSamples)
        m_samples.remove(0, m_samples.size() - MaximumSamples + 1);
    m_samples.append({time, int(users.size()), int(sessions.size())});

    m_byClient.clear();
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it)
        m_byClient.append({it.key(), it.value()});
    std::sort(m_byClient.begin(), m_byClient.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    emit changed();
}

void DashboardHistory::clear()
{
    m_samples.clear();
    m_byClient.clear();
    emit changed();
}

int DashboardHistory::peakConnectedUsers() const
{
    int peak = 0;
    for (const Sample& sample : m_samples)
        peak = std::max(peak, sample.connectedUsers);
    return peak;
}

QString DashboardHistory::clientOf(const QString& resource)
{
    qsizetype end = 0;
    while (end < resource.size() && (resource.at(end).isLetter() || resource.at(end) == QLatin1Char(' ')))
        ++end;
    const QString client = resource.left(end).trimmed();
    return client.isEmpty() ? QCoreApplication::translate("DashboardHistory", "unnamed") : client;
}
