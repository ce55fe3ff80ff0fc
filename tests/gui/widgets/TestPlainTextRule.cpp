// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// The rule that keeps server and user text from being shown as markup, checked where a new dialog
// could forget it: every label of every form says its text format (rich text only where the markup is
// ours), no source opens a QMessageBox but MessageBox, no source makes a label but PlainText; and the
// helpers themselves show markup as text and write hidden characters out.

#include "PlainTextCheck.h"
#include "app/WipeDialog.h"
#include "input/VisibleText.h"
#include "messaging/BroadcastDialog.h"
#include "messaging/ComposerDialog.h"
#include "profiles/ConnectionTestDialog.h"
#include "profiles/ProfileCertificateDialog.h"
#include "profiles/ProfilePasswordDialog.h"
#include "session/ServerSession.h"
#include "sessions/KickDialog.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/ChangeRoleDialog.h"
#include "users/ImportUsersDialog.h"
#include "users/VcardDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"
#include "widgets/PlainTextDelegate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <QtTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Labels whose markup is ours, with the values in it escaped (PlainText::inMarkup).
const QStringList RichOnPurpose{u"WipeDialog.ui/confirmLabel"_s, u"ImportUsersDialog.ui/formatLabel"_s};

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList sourceFiles()
{
    QStringList files;
    QDirIterator it(
        QStringLiteral(PAC_SOURCE_DIR "/src"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Every line of code (comments aside) of the sources but `allowed` (file names) that matches
// `pattern`, as "file:line: text".
QStringList matchesInSources(const QRegularExpression& pattern, const QStringList& allowed)
{
    QStringList found;
    for (const QString& path : sourceFiles()) {
        if (allowed.contains(QFileInfo(path).fileName()))
            continue;
        const QStringList lines = readAll(path).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (!line.startsWith("//"_L1) && pattern.match(line).hasMatch())
                found << u"%1:%2: %3"_s.arg(QDir(QStringLiteral(PAC_SOURCE_DIR)).relativeFilePath(path))
                             .arg(i + 1)
                             .arg(lines.at(i).trimmed());
        }
    }
    return found;
}

// True when the rich text draws a link, an image or a heading.
bool drawsMarkup(const QString& html)
{
    return PlainTextCheck::drawn(html, Qt::RichText).markupDrawn;
}

const QString Markup
    = u"<h1>SESSION EXPIRED</h1><a href=\"https://evil.example\">Sign in</a><img src=\"file:///x.png\">"_s;

} // namespace

class TestPlainTextRule : public QObject
{
    Q_OBJECT
private slots:
    void everyLabelOfEveryFormSaysItsFormat();
    void noMessageBoxButMessageBox();
    void noLabelButPlainText();
    void labelShowsMarkupAsText();
    void messageBoxShowsMarkupAsText();
    void toolTipsAreShownLiterally_data();
    void toolTipsAreShownLiterally();
    void delegateWritesHiddenCharactersOut();
    void titlesAndLines();
    void valueInOurMarkupIsEscaped();
    void dialogsShowNamesAsPlainText();
};

void TestPlainTextRule::everyLabelOfEveryFormSaysItsFormat()
{
    // Every form of ui/ and its concern folders.
    QStringList paths;
    QDirIterator it(QStringLiteral(PAC_SOURCE_DIR "/ui"), {u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QVERIFY(paths.size() > 20);
    QStringList problems;
    int labels = 0;
    for (const QString& path : std::as_const(paths)) {
        const QString form = QFileInfo(path).fileName();
        QXmlStreamReader xml(readAll(path));
        // The label being read and its depth; its own properties are one level below it.
        QString label;
        int labelDepth = -1;
        QString format;
        int depth = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                if (xml.name() == "widget"_L1 && xml.attributes().value("class"_L1) == "QLabel"_L1) {
                    label = xml.attributes().value("name"_L1).toString();
                    labelDepth = depth;
                    format.clear();
                    ++labels;
                } else if (xml.name() == "property"_L1 && depth == labelDepth + 1
                    && xml.attributes().value("name"_L1) == "textFormat"_L1) {
                    format = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    --depth;
                }
            } else if (xml.isEndElement()) {
                if (depth == labelDepth) {
                    const QString where = form + u'/' + label;
                    if (format.isEmpty() || format == "Qt::AutoText"_L1)
                        problems << where + u": no text format (Qt::AutoText renders HTML)"_s;
                    else if (format == "Qt::RichText"_L1 && !RichOnPurpose.contains(where))
                        problems << where + u": rich text, not listed as markup of ours"_s;
                    labelDepth = -1;
                }
                --depth;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(form + u": "_s + xml.errorString()));
    }
    QVERIFY(labels > 90);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPlainTextRule::noMessageBoxButMessageBox()
{
    // QMessageBox's static functions and its constructor leave the text format to Qt::AutoText.
    const QStringList found = matchesInSources(
        QRegularExpression(
            u"QMessageBox::(warning|information|question|critical|about|aboutQt)\\s*\\(|new\\s+QMessageBox\\b"_s),
        {u"MessageBox.cpp"_s});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestPlainTextRule::noLabelButPlainText()
{
    // A label made in code comes from PlainText::label(), which says its format.
    const QStringList found
        = matchesInSources(QRegularExpression(u"new\\s+QLabel\\s*[({]|QLabel\\s+\\w+\\s*[({]"_s), {u"PlainText.cpp"_s});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestPlainTextRule::labelShowsMarkupAsText()
{
    QWidget parent;
    QLabel* label = PlainText::label(&parent, Markup);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), Markup);
    PlainText::setText(label, u"Deleted ad\u200Bmin@example.org.\nNext line"_s);
    QCOMPARE(label->text(), u"Deleted ad\\u200Bmin@example.org.\nNext line"_s);

    // A word too long to wrap is cut in its middle; the label does not ask for the screen's width.
    const QString jid = u"long"_s + QString(5000, u'x') + u"@example.org"_s;
    PlainText::setText(label, u"The password of %1 was changed."_s.arg(jid));
    QVERIFY2(label->text().size() < 200, qPrintable(label->text()));
    QVERIFY(label->text().startsWith(u"The password of longxxx"_s));
    QVERIFY(label->text().endsWith(u"x@example.org was changed."_s));
    QVERIFY(label->minimumSizeHint().width() < 1600);
}

void TestPlainTextRule::messageBoxShowsMarkupAsText()
{
    QWidget parent;
    QMessageBox* box = MessageBox::create(QMessageBox::Warning, u"Delete a\u202Eb"_s, u"Delete "_s + Markup + u"?"_s,
        QMessageBox::Ok, &parent, u"ad\u200Bmin@example.org"_s);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().startsWith(u"Delete "_s + Markup + u'?'));
    // The details hold a hidden character: written out, and the text says so.
    QVERIFY2(box->text().contains(u"invisible or text-direction characters"_s), qPrintable(box->text()));
    QCOMPARE(box->detailedText(), u"ad\\u200Bmin@example.org"_s);
    QCOMPARE(box->windowTitle(), u"Delete a\\u202Eb"_s);
    for (const QLabel* label : box->findChildren<QLabel*>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    delete box;

    // The seam tests use sees the text as shown.
    MessageBox::setNextAnswer(false);
    MessageBox::confirm(&parent, u"Delete"_s, u"Delete ad\u200Bmin@example.org?"_s, u"Delete"_s, [] {});
    QVERIFY(MessageBox::lastText().startsWith(u"Delete ad\\u200Bmin@example.org?\n\n"_s));
    MessageBox::setNextAnswer(false);
    MessageBox::confirm(&parent, u"Delete"_s, u"Delete admin@example.org?"_s, u"Delete"_s, [] {});
    QCOMPARE(MessageBox::lastText(), u"Delete admin@example.org?"_s);
}

void TestPlainTextRule::toolTipsAreShownLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Add a user"_s << u"Add a user"_s;
    QTest::newRow("markup") << Markup << Markup;
    QTest::newRow("markup after a line") << u"The server said:\n"_s + Markup << u"The server said:\n"_s + Markup;
    QTest::newRow("an entity") << u"a &lt; b"_s << u"a &lt; b"_s;
    QTest::newRow("hidden characters") << u"ad\u200Bmin"_s << u"ad\\u200Bmin"_s;
}

void TestPlainTextRule::toolTipsAreShownLiterally()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    // QToolTip decides with Qt::mightBeRichText, as a QLabel in Qt::AutoText does.
    const QString tip = PlainText::toolTip(text);
    if (!Qt::mightBeRichText(tip)) {
        QCOMPARE(tip, shown);
        return;
    }
    QVERIFY2(!drawsMarkup(tip), qPrintable(tip));
    QTextDocument document;
    document.setHtml(tip);
    QCOMPARE(document.toPlainText(), shown);
}

void TestPlainTextRule::delegateWritesHiddenCharactersOut()
{
    QListWidget list;
    list.addItems({u"admin@example.org"_s, u"admin\u202Egro.elpmaxe@"_s, Markup, u"alice\nmallory"_s});
    list.item(2)->setToolTip(Markup);
    PlainText::protectViews(&list);
    auto* delegate = qobject_cast<PlainTextDelegate*>(list.itemDelegate());
    QVERIFY(delegate);
    auto shown = [&](int row) { return delegate->displayText(list.model()->index(row, 0).data(), QLocale()); };
    QCOMPARE(shown(0), u"admin@example.org"_s);
    QCOMPARE(shown(1), u"admin\\u202Egro.elpmaxe@"_s);
    QCOMPARE(shown(2), Markup);
    QCOMPARE(shown(3), u"alice\\u000Amallory"_s);
    // Protecting twice changes nothing.
    PlainText::protectViews(&list);
    QCOMPARE(list.itemDelegate(), delegate);
}

void TestPlainTextRule::titlesAndLines()
{
    QWidget window;
    PlainText::setWindowTitle(&window, u"vCard of ad\u200Bmin [*]"_s);
    QCOMPARE(window.windowTitle(), u"vCard of ad\\u200Bmin [*][*]"_s);
    QGroupBox box;
    PlainText::setTitle(&box, u"Sessions of "_s + Markup + u"\nsecond"_s);
    QCOMPARE(box.title(), u"Sessions of "_s + Markup + u"\\u000Asecond"_s);
    QCOMPARE(PlainText::line(u"Conversations\u202E"_s), u"Conversations\\u202E"_s);
    QVERIFY(PlainText::line(QString(3000, u'r')).size() <= 100);
}

void TestPlainTextRule::valueInOurMarkupIsEscaped()
{
    QLabel label;
    label.setTextFormat(Qt::RichText);
    label.setText(u"Type the host name <b>%1</b> to confirm:"_s.arg(PlainText::inMarkup(Markup)));
    QVERIFY(!drawsMarkup(label.text()));
    QTextDocument document;
    document.setHtml(label.text());
    QCOMPARE(document.toPlainText(), u"Type the host name "_s + Markup + u" to confirm:"_s);
}

void TestPlainTextRule::dialogsShowNamesAsPlainText()
{
    // Every dialog that can be opened without a server, given names in markup and with overrides:
    // each label says its format and draws no markup, nothing holds a hidden character, every list
    // draws with PlainTextDelegate.
    QStandardPaths::setTestModeEnabled(true);
    ServerSession session;
    const QString reversed = u"admin\u202Egro.elpmaxe@example.org"_s;
    const QString markupJid = u"<b>boss</b><a href=\"https://evil.example\">x</a>@example.org"_s;
    Profile profile;
    profile.name = u"Pro<b>duction</b>\u202E"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:1/admin_rest"_s);
    profile.adminJid = reversed;
    QFile pem(QStringLiteral(PAC_SOURCE_DIR "/tests/core/data/server.crt"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(pem.readAll());
    QVERIFY(!certificate.isNull());

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(std::make_unique<AddUserDialog>(&session));
    dialogs.emplace_back(std::make_unique<BroadcastDialog>(QList<BroadcastTarget>{}));
    dialogs.emplace_back(std::make_unique<ChangePasswordDialog>(&session, reversed));
    dialogs.emplace_back(std::make_unique<ChangeRoleDialog>(
        &session, QStringList{reversed, markupJid}, QStringList{u"prosody:member"_s}, QString()));
    dialogs.emplace_back(std::make_unique<ComposerDialog>(&session));
    dialogs.emplace_back(std::make_unique<ImportUsersDialog>(&session));
    dialogs.emplace_back(std::make_unique<KickDialog>(QStringList{markupJid + u"/"_s + Markup, reversed}));
    dialogs.emplace_back(std::make_unique<ProfileCertificateDialog>(
        certificate, markupJid, u"Reason: "_s + Markup + u"\u202E"_s, QByteArray()));
    dialogs.emplace_back(std::make_unique<ProfilePasswordDialog>(profile));
    dialogs.emplace_back(std::make_unique<VcardDialog>(&session, reversed, true));
    dialogs.emplace_back(std::make_unique<WipeDialog>(&session, WipeDialog::Target::Data));
    auto* test = new ConnectionTestDialog(profile, u"secret"_s);
    test->setAttribute(Qt::WA_DeleteOnClose, false);
    dialogs.emplace_back(test);
    for (const auto& dialog : dialogs) {
        dialog->show();
        const QStringList problems = PlainTextCheck::problemsUnder(dialog.get());
        QVERIFY2(problems.isEmpty(),
            qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u":\n"_s + problems.join(u'\n')));
    }
}

QTEST_MAIN(TestPlainTextRule)
#include "TestPlainTextRule.moc"
