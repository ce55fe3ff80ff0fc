// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

// What the GUI tests of the plain-text rule look at: what a label draws, and everything under a
// widget that shows text (TestUntrustedText, TestPlainTextRule).

#include "input/VisibleText.h"
#include "widgets/PlainTextDelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>

namespace PlainTextCheck {

using namespace Qt::StringLiterals;

// What a label (or a tooltip, which QToolTip shows in a QLabel of its own) draws: its text as the
// reader sees it, and whether any of it is drawn as a link, an image or a heading.
struct Drawn
{
    QString text;
    bool markupDrawn = false;
    bool formatUnsaid = false;
};

inline Drawn drawn(const QString& text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    Drawn result{text, false, format == Qt::AutoText};
    if (!rich)
        return result;
    QTextDocument document;
    document.setHtml(text);
    result.text = document.toPlainText();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        result.markupDrawn = result.markupDrawn || block.blockFormat().headingLevel() > 0;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            result.markupDrawn = result.markupDrawn || format.isAnchor() || format.isImageFormat();
        }
    }
    return result;
}

inline Drawn drawn(const QLabel* label)
{
    return drawn(label->text(), label->textFormat());
}

// Labels of ours that are rich text on purpose (our markup, values escaped).
inline bool richOnPurpose(const QLabel* label)
{
    return label->objectName() == "confirmLabel"_L1 || label->objectName() == "formatLabel"_L1;
}

// Everything under `root` that shows text: each problem as a line. Labels say their format (never
// Qt::AutoText), draw no markup of the server's and hold no hidden character; group box titles and
// window titles hold none; every item view draws with PlainTextDelegate; combo box items hold none.
inline QStringList problemsUnder(QWidget* root)
{
    QStringList problems;
    auto name = [](const QObject* object) {
        return u"%1 %2 (in %3)"_s.arg(QString::fromLatin1(object->metaObject()->className()), object->objectName(),
            object->parent() ? object->parent()->objectName() : QString());
    };
    QList<QLabel*> labels = root->findChildren<QLabel*>();
    if (auto* label = qobject_cast<QLabel*>(root))
        labels.prepend(label);
    for (const QLabel* label : std::as_const(labels)) {
        const Drawn shown = drawn(label);
        if (shown.formatUnsaid)
            problems << name(label) + u": Qt::AutoText"_s;
        if (label->textFormat() == Qt::RichText && !richOnPurpose(label))
            problems << name(label) + u": rich text"_s;
        if (shown.markupDrawn)
            problems << name(label) + u": draws a link, image or heading: "_s + label->text().left(200);
        if (VisibleText::containsHidden(shown.text, VisibleText::LineBreaks::Keep))
            problems << name(label) + u": hidden characters: "_s + VisibleText::escaped(shown.text).left(200);
    }
    for (const QGroupBox* box : root->findChildren<QGroupBox*>()) {
        if (VisibleText::containsHidden(box->title()))
            problems << name(box) + u": title with hidden characters"_s;
    }
    if (root->isWindow() && VisibleText::containsHidden(root->windowTitle()))
        problems << name(root) + u": window title with hidden characters"_s;
    for (const QComboBox* combo : root->findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i) {
            if (VisibleText::containsHidden(combo->itemText(i)))
                problems << name(combo) + u": item with hidden characters"_s;
        }
    }
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        bool popup = false;
        for (const QObject* parent = view->parent(); parent && parent != root; parent = parent->parent())
            popup = popup || qobject_cast<const QComboBox*>(parent);
        if (!popup && !qobject_cast<PlainTextDelegate*>(view->itemDelegate()))
            problems << name(view) + u": draws its cells without PlainTextDelegate"_s;
    }
    return problems;
}

} // namespace PlainTextCheck
