// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractItemView;
class QGroupBox;
class QLabel;
class QWidget;

// How the widgets show text that a server or a user chose (names, JIDs, groups, modules, resources,
// vCards, messages, the server's `result` strings): as plain text, with every hidden character
// written out (VisibleText). QLabel, QMessageBox and tooltips default to Qt::AutoText, which renders
// anything that looks like HTML as HTML: a server answering "<h1>SESSION EXPIRED</h1><a href=…>" or
// "<img src=file:///…>" would draw a heading, a link and a local image inside the console's own banner.
//
// The rule: every QLabel says its text format (the forms in ui/ say Qt::PlainText, labels made in code
// come from label()), Qt::RichText only for markup of ours with escaped values; message boxes come
// from MessageBox; a value goes into a widget through one of these functions. TestPlainTextRule checks
// the forms and sources, TestUntrustedText the panes against a server answering markup.
class PlainText
{
public:
    // A new label that shows its text as plain text.
    static QLabel* label(QWidget* parent, const QString& text = {});
    // The label shows `text` literally: Qt::PlainText, hidden characters written out, line breaks kept.
    // A word too long to wrap is cut in its middle, and so is a text of thousands of characters: a
    // server's answer cannot make the window wider than the screen, nor one of megabytes stop it.
    static void setText(QLabel* label, const QString& text);
    // Titles and lines are one line: line breaks are written out too, and long words cut.
    static void setTitle(QGroupBox* box, const QString& title);
    // A window title, as a title; a "[*]" in it is shown as it is (not as the modified mark).
    static void setWindowTitle(QWidget* window, const QString& title);
    // `text` as a tooltip that QToolTip shows literally: it decides rich text with Qt::mightBeRichText,
    // so a tooltip that might be taken for HTML is escaped into a paragraph of its own.
    static QString toolTip(const QString& text);
    static void setToolTip(QWidget* widget, const QString& text);
    // Text that a widget draws as plain text itself (combo box items, the status bar, charts):
    // hidden characters written out, long words cut.
    static QString line(const QString& text);
    // A value inside markup of ours (a label set to Qt::RichText: "Type <b>%1</b> to confirm"):
    // hidden characters written out, then HTML-escaped.
    static QString inMarkup(const QString& value);
    // `root` and every item view under it (combo box pop-ups aside) draws its cells with hidden characters
    // written out and shows its tooltips literally (PlainTextDelegate).
    static void protectViews(QWidget* root);
};
