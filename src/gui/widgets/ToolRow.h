// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

class QBoxLayout;

// Widgets added to a row of a form's layout after the form was set up.
namespace ToolRow {
// Tab reaches the widget at `at` right after the widget before it in the row, not after everything
// else the form holds (a widget made later comes last in the focus chain otherwise).
void followInTabOrder(QBoxLayout* layout, int at);
} // namespace ToolRow
