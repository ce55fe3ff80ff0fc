// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "widgets/PlainText.h"

#include "input/VisibleText.h"
#include "widgets/PlainTextDelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// No word of ours is longer; a longer one (a name of 5,000 characters) is cut in its middle.
constexpr qsizetype LongestWord = 100;
// A label's, line's or tooltip's text beyond this (a server message of megabytes) is cut at its end.
constexpr qsizetype LongestText = 4000;

// One line or one title: hidden characters (line breaks too) written out, long words cut.
QString shownLine(const QString& text)
{
    return VisibleText::withLongWordsShortened(
        VisibleText::escaped(VisibleText::shortened(text, LongestText)), LongestWord);
}

} // namespace

QLabel* PlainText::label(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(parent);
    setText(label, text);
    return label;
}

void PlainText::setText(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    // Cut first (escapes make it longer, never shorter), so that a text of megabytes is not copied
    // and scanned whole on its way to the label; then again, escapes and cut words counted.
    const QString head = VisibleText::shortened(text, LongestText);
    const QString shown
        = VisibleText::withLongWordsShortened(VisibleText::escaped(head, VisibleText::LineBreaks::Keep), LongestWord);
    label->setText(VisibleText::shortened(shown, LongestText));
}

void PlainText::setTitle(QGroupBox* box, const QString& title)
{
    box->setTitle(shownLine(title));
}

void PlainText::setWindowTitle(QWidget* window, const QString& title)
{
    // Qt shows "[*]" as the modified mark (or nothing) and "[*][*]" as a literal "[*]".
    window->setWindowTitle(shownLine(title).replace(u"[*]"_s, u"[*][*]"_s));
}

QString PlainText::toolTip(const QString& text)
{
    const QString visible
        = VisibleText::escaped(VisibleText::shortened(text, LongestText), VisibleText::LineBreaks::Keep);
    return Qt::mightBeRichText(visible) ? Qt::convertFromPlainText(visible, Qt::WhiteSpaceNormal) : visible;
}

void PlainText::setToolTip(QWidget* widget, const QString& text)
{
    widget->setToolTip(toolTip(text));
}

QString PlainText::line(const QString& text)
{
    return shownLine(text);
}

QString PlainText::inMarkup(const QString& value)
{
    return shownLine(value).toHtmlEscaped();
}

void PlainText::protectViews(QWidget* root)
{
    QList<QAbstractItemView*> views = root->findChildren<QAbstractItemView*>();
    if (auto* view = qobject_cast<QAbstractItemView*>(root))
        views.prepend(view);
    for (QAbstractItemView* view : views) {
        if (qobject_cast<PlainTextDelegate*>(view->itemDelegate()))
            continue;
        // A combo box's pop-up has the combo's own delegate (drawn like a menu); its items are
        // written with item().
        bool popup = false;
        for (QObject* parent = view->parent(); parent && parent != root; parent = parent->parent())
            popup = popup || qobject_cast<QComboBox*>(parent);
        if (!popup)
            view->setItemDelegate(new PlainTextDelegate(view));
    }
}
