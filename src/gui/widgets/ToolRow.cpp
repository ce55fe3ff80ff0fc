// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/ToolRow.h"

#include <QBoxLayout>
#include <QWidget>

void ToolRow::followInTabOrder(QBoxLayout* layout, int at)
{
    QWidget* added = layout->itemAt(at)->widget();
    for (int before = at - 1; added && before >= 0; --before) {
        if (QWidget* widget = layout->itemAt(before)->widget()) {
            QWidget::setTabOrder(widget, added);
            return;
        }
    }
}
