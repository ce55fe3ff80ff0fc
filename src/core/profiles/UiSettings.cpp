// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/UiSettings.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr auto LanguageKey = "ui/language"_L1;
constexpr auto GeometryKey = "window/geometry"_L1;
constexpr auto StateKey = "window/state"_L1;
constexpr auto SplitterKey = "window/splitter"_L1;
constexpr auto CurrentPaneKey = "window/currentPane"_L1;
} // namespace

UiSettings::UiSettings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
}

QString UiSettings::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/console.ini"_s;
}

QString UiSettings::fileName() const
{
    return m_settings.fileName();
}

QString UiSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void UiSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings.remove(LanguageKey);
    else
        m_settings.setValue(LanguageKey, code);
    m_settings.sync();
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

QByteArray UiSettings::splitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

int UiSettings::currentPane() const
{
    return m_settings.value(CurrentPaneKey, 0).toInt();
}

void UiSettings::setWindowLayout(
    const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter, int currentPane)
{
    m_settings.setValue(GeometryKey, geometry);
    m_settings.setValue(StateKey, state);
    m_settings.setValue(SplitterKey, splitter);
    m_settings.setValue(CurrentPaneKey, currentPane);
    m_settings.sync();
}
