// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
struct ApiError;

// An inline message at the top of a pane (instead of a modal box): error, warning, information.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Success, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Type type, const QString& text);
    void showError(const ApiError& error, const QString& context = {});
    QString text() const;
    Type type() const { return m_type; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_close = nullptr;
    Type m_type = Type::Information;
};
