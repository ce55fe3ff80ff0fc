// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The translation sources as committed: German and French complete (nothing unfinished, empty,
// obsolete or vanished), English carrying every plural form, and every translation keeping the
// source's placeholders and keyboard mnemonic.
class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void englishHasEveryPlural();
    void sameMessagesInEveryLanguage();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
        QStringList translations; // one, or one per numerus form
    };
    struct TsFile
    {
        QString language;
        QList<Message> messages;
        QString error;
    };
    static TsFile read(const QString& language);
    static QString key(const Message& message)
    {
        return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
    }
};

TestTranslationFiles::TsFile TestTranslationFiles::read(const QString& language)
{
    TsFile file;
    QFile in(QStringLiteral(PAC_TRANSLATIONS_DIR "/console_") + language + u".ts"_s);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = in.fileName() + u": "_s + in.errorString();
        return file;
    }
    QXmlStreamReader xml(&in);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == "TS"_L1) {
                file.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            file.messages.append(message);
        }
    }
    if (xml.hasError())
        file.error = in.fileName() + u": "_s + xml.errorString();
    return file;
}

void TestTranslationFiles::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << u"de"_s << 2;
    QTest::newRow("fr") << u"fr"_s << 2;
    QTest::newRow("en") << u"en"_s << 2;
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const TsFile file = read(language);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(file.language.startsWith(language));
    QVERIFY(!file.messages.isEmpty());

    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    auto placeholders = [](const QString& text) {
        QSet<QString> found;
        for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
            found.insert(match.captured());
        return found;
    };
    // A mnemonic is an '&' before a letter or digit ("&&" is a literal ampersand).
    static const QRegularExpression mnemonic(u"(?<!&)&(?=\\w)"_s, QRegularExpression::UseUnicodePropertiesOption);

    QStringList problems;
    for (const Message& message : file.messages) {
        const QString where = message.context + u": “"_s + message.source + u"”: "_s;
        if (!message.type.isEmpty())
            problems << where + message.type;
        if (message.source.contains(u"%n"_s) && !message.numerus)
            problems << where + u"has %n but is not a plural message (tr(text, nullptr, n), QT_TR_N_NOOP)"_s;
        if (message.numerus && message.translations.size() != pluralForms)
            problems << where + u"%1 plural forms, not %2"_s.arg(message.translations.size()).arg(pluralForms);
        const QSet<QString> wanted = placeholders(message.source);
        const bool hasMnemonic = message.source.contains(mnemonic);
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + u"empty translation"_s;
                continue;
            }
            if (placeholders(translation) != wanted)
                problems << where + u"placeholders differ in “"_s + translation + u"”"_s;
            if (translation.contains(mnemonic) != hasMnemonic)
                problems << where + u"keyboard mnemonic (&) added or lost in “"_s + translation + u"”"_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::englishHasEveryPlural()
{
    const TsFile german = read(u"de"_s);
    const TsFile english = read(u"en"_s);
    QVERIFY2(german.error.isEmpty() && english.error.isEmpty(), qPrintable(german.error + english.error));
    QSet<QString> plurals;
    for (const Message& message : german.messages) {
        if (message.numerus)
            plurals.insert(key(message));
    }
    QSet<QString> inEnglish;
    for (const Message& message : english.messages) {
        QVERIFY2(message.numerus, qPrintable(message.source));
        inEnglish.insert(key(message));
        // The singular reads without "(s)": "1 user", not "1 user(s)".
        QVERIFY2(!message.translations.value(0).contains(u"(s)"_s), qPrintable(message.translations.value(0)));
    }
    QCOMPARE(inEnglish, plurals);
}

void TestTranslationFiles::sameMessagesInEveryLanguage()
{
    const TsFile german = read(u"de"_s);
    const TsFile french = read(u"fr"_s);
    QVERIFY2(german.error.isEmpty() && french.error.isEmpty(), qPrintable(german.error + french.error));
    QSet<QString> inGerman;
    for (const Message& message : german.messages)
        inGerman.insert(key(message));
    QSet<QString> inFrench;
    for (const Message& message : french.messages)
        inFrench.insert(key(message));
    QCOMPARE(inGerman.size(), german.messages.size());
    QCOMPARE(inFrench, inGerman);
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
