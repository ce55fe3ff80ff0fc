// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

// The typed facade over the console's own settings file (<config dir>/console.ini): the language
// chosen in Preferences and the main window's layout. Profiles live in ProfileStore's file.
class UiSettings : public QObject
{
    Q_OBJECT
public:
    explicit UiSettings(const QString& fileName, QObject* parent = nullptr);

    // <config dir>/console.ini of this application.
    static QString defaultFileName();
    QString fileName() const;

    // A language code such as "de", or empty to follow the system's locale (key "ui/language").
    QString language() const;
    void setLanguage(const QString& code);

    // QMainWindow::saveGeometry() and saveState(), the splitter's state and the pane shown last.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    int currentPane() const;
    void setWindowLayout(
        const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter, int currentPane);

private:
    mutable QSettings m_settings;
};
