// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/CsvReader.h"
#include "bulk/CsvWriter.h"
#include "bulk/UserImportPlan.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using Rows = QList<CsvRow>;
using ErrorLines = QList<int>;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void columnCount_data();
    void columnCount();
    void invalidUtf8();
    void errorMessagesSayWhatToFix();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void formulaCellsNeutralised_data();
    void formulaCellsNeutralised();
    void hundredThousandRows();
    void randomInputKeepsInvariants();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<ErrorLines>("errorLines");

    const QStringList header2 = {u"user"_s, u"password"_s};
    const QStringList header3 = {u"user"_s, u"password"_s, u"role"_s};

    QTest::newRow("empty") << QByteArray() << Rows{} << QStringList{} << ErrorLines{};
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << Rows{} << QStringList{} << ErrorLines{};
    QTest::newRow("LF") << QByteArray("alice,pw1\nbob,pw2\n")
                        << Rows{{1, {u"alice"_s, u"pw1"_s}}, {2, {u"bob"_s, u"pw2"_s}}} << QStringList{}
                        << ErrorLines{};
    QTest::newRow("CRLF") << QByteArray("alice,pw1\r\nbob,pw2\r\n")
                          << Rows{{1, {u"alice"_s, u"pw1"_s}}, {2, {u"bob"_s, u"pw2"_s}}} << QStringList{}
                          << ErrorLines{};
    QTest::newRow("lone CR") << QByteArray("alice,pw1\rbob,pw2")
                             << Rows{{1, {u"alice"_s, u"pw1"_s}}, {2, {u"bob"_s, u"pw2"_s}}} << QStringList{}
                             << ErrorLines{};
    QTest::newRow("no final line break") << QByteArray("alice,pw1\nbob,pw2")
                                         << Rows{{1, {u"alice"_s, u"pw1"_s}}, {2, {u"bob"_s, u"pw2"_s}}}
                                         << QStringList{} << ErrorLines{};
    QTest::newRow("BOM and header") << QByteArray("\xEF\xBB\xBFuser,password\r\nalice,pw1\r\n")
                                    << Rows{{2, {u"alice"_s, u"pw1"_s}}} << header2 << ErrorLines{};
    QTest::newRow("header with role, any case and spaces")
        << QByteArray("User , PASSWORD,Role\nalice,pw1,prosody:admin\n")
        << Rows{{2, {u"alice"_s, u"pw1"_s, u"prosody:admin"_s}}} << QStringList{u"User "_s, u" PASSWORD"_s, u"Role"_s}
        << ErrorLines{};
    QTest::newRow("header only when first")
        << QByteArray("alice,pw1\nuser,password\n")
        << Rows{{1, {u"alice"_s, u"pw1"_s}}, {2, {u"user"_s, u"password"_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("quoted comma") << QByteArray("\"smith, john\",\"a,b,c\"\n")
                                  << Rows{{1, {u"smith, john"_s, u"a,b,c"_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("embedded quotes") << QByteArray("alice,\"say \"\"hi\"\"\"\n")
                                     << Rows{{1, {u"alice"_s, u"say \"hi\""_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("only a quote") << QByteArray("alice,\"\"\"\"\n") << Rows{{1, {u"alice"_s, u"\""_s}}} << QStringList{}
                                  << ErrorLines{};
    QTest::newRow("embedded LF keeps line numbers")
        << QByteArray("alice,\"two\nlines\"\nbob,pw\n")
        << Rows{{1, {u"alice"_s, u"two\nlines"_s}}, {3, {u"bob"_s, u"pw"_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("embedded CRLF") << QByteArray("alice,\"a\r\nb\r\nc\"\r\nbob,pw\r\n")
                                   << Rows{{1, {u"alice"_s, u"a\r\nb\r\nc"_s}}, {4, {u"bob"_s, u"pw"_s}}}
                                   << QStringList{} << ErrorLines{};
    QTest::newRow("empty quoted field") << QByteArray("alice,\"\"\n") << Rows{{1, {u"alice"_s, QString()}}}
                                        << QStringList{} << ErrorLines{};
    QTest::newRow("trailing empty field")
        << QByteArray("alice,pw,\n") << Rows{{1, {u"alice"_s, u"pw"_s, QString()}}} << QStringList{} << ErrorLines{};
    QTest::newRow("trailing empty field at end of file")
        << QByteArray("alice,pw,") << Rows{{1, {u"alice"_s, u"pw"_s, QString()}}} << QStringList{} << ErrorLines{};
    QTest::newRow("spaces are data") << QByteArray(" alice , p w \n") << Rows{{1, {u" alice "_s, u" p w "_s}}}
                                     << QStringList{} << ErrorLines{};
    QTest::newRow("quote inside unquoted field is literal")
        << QByteArray("alice,pa\"ss\n") << Rows{{1, {u"alice"_s, u"pa\"ss"_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("empty lines skipped") << QByteArray("\nalice,pw1\n\n\r\nbob,pw2\n\n")
                                         << Rows{{2, {u"alice"_s, u"pw1"_s}}, {5, {u"bob"_s, u"pw2"_s}}}
                                         << QStringList{} << ErrorLines{};
    QTest::newRow("spreadsheet rows of commas skipped")
        << QByteArray("alice,pw1\n,,\n, ,\n") << Rows{{1, {u"alice"_s, u"pw1"_s}}} << QStringList{} << ErrorLines{};
    QTest::newRow("UTF-8") << QByteArray("jürgen,pässwörd✓\n") << Rows{{1, {u"jürgen"_s, u"pässwörd✓"_s}}}
                           << QStringList{} << ErrorLines{};
    QTest::newRow("unterminated quote") << QByteArray("alice,pw\nbob,\"open\nstill open\n")
                                        << Rows{{1, {u"alice"_s, u"pw"_s}}} << QStringList{} << ErrorLines{2};
    QTest::newRow("text after closing quote")
        << QByteArray("alice,\"pw\"x\nbob,pw2\n") << Rows{{2, {u"bob"_s, u"pw2"_s}}} << QStringList{} << ErrorLines{1};
    QTest::newRow("text after closing quote, then a quoted comma")
        << QByteArray("alice,\"pw\" \"x,y\"\nbob,pw2\n") << Rows{{2, {u"bob"_s, u"pw2"_s}}} << QStringList{}
        << ErrorLines{1};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(QStringList, header);
    QFETCH(ErrorLines, errorLines);

    CsvReader::Options options = UserImportPlan::csvOptions();
    options.minColumns = 0;
    options.maxColumns = 0;
    const CsvDocument document = CsvReader::parse(input, options);
    QCOMPARE(document.rows, rows);
    QCOMPARE(document.header, header);
    ErrorLines lines;
    for (const CsvError& error : document.errors) {
        lines.append(error.line);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(lines, errorLines);
}

void TestCsvReader::columnCount_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("rowLines");
    QTest::addColumn<ErrorLines>("errorLines");

    QTest::newRow("2 or 3 without header")
        << QByteArray("a,1\nb,2,prosody:admin\nc\nd,1,2,3\n") << QList<int>{1, 2} << ErrorLines{3, 4};
    QTest::newRow("header of 2 asks for exactly 2")
        << QByteArray("user,password\na,1\nb,2,prosody:admin\n") << QList<int>{2} << ErrorLines{3};
    QTest::newRow("header of 3 asks for exactly 3")
        << QByteArray("user,password,role\na,1\nb,2,\n") << QList<int>{3} << ErrorLines{2};
    QTest::newRow("line numbers after a multi-line field")
        << QByteArray("a,\"x\ny\"\nb\nc,1\n") << QList<int>{1, 4} << ErrorLines{3};
    QTest::newRow("a comma inside quotes is not a separator")
        << QByteArray("a,\"1,2,3\"\n") << QList<int>{1} << ErrorLines{};
}

void TestCsvReader::columnCount()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, rowLines);
    QFETCH(ErrorLines, errorLines);

    const CsvDocument document = CsvReader::parse(input, UserImportPlan::csvOptions());
    QList<int> lines;
    for (const CsvRow& row : document.rows)
        lines.append(row.line);
    QCOMPARE(lines, rowLines);
    ErrorLines errors;
    for (const CsvError& error : document.errors)
        errors.append(error.line);
    QCOMPARE(errors, errorLines);
}

void TestCsvReader::invalidUtf8()
{
    const CsvDocument document = CsvReader::parse(QByteArray("alice,pw\nbob,p\xff\xfe\ncarol,ok\n"));
    QCOMPARE(document.rows.size(), 2);
    QCOMPARE(document.rows.at(1).fields.first(), u"carol"_s);
    QCOMPARE(document.errors.size(), 1);
    QCOMPARE(document.errors.first().line, 2);
    QVERIFY2(document.errors.first().message.contains(u"UTF-8"_s), qPrintable(document.errors.first().message));
}

void TestCsvReader::errorMessagesSayWhatToFix()
{
    const CsvDocument withHeader = CsvReader::parse(QByteArray("user,password\na,1,x\n"), UserImportPlan::csvOptions());
    QCOMPARE(withHeader.errors.size(), 1);
    // Without a translation loaded, plurals read "field(s)".
    const QString message = withHeader.errors.first().message;
    QVERIFY2(
        message.startsWith(u"This line has 3 field"_s) && message.contains(u"the header “user,password” asks for 2"_s),
        qPrintable(message));

    const CsvDocument without = CsvReader::parse(QByteArray("a\n"), UserImportPlan::csvOptions());
    QVERIFY2(without.errors.first().message.endsWith(u"every line needs 2 to 3 fields."_s),
        qPrintable(without.errors.first().message));

    const CsvDocument open = CsvReader::parse(QByteArray("a,\"b\n"));
    QVERIFY(open.errors.first().message.contains(u"missing quote"_s));
}

void TestCsvReader::writerRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{u"alice@example.org"_s, u"prosody:admin"_s, u"online"_s};
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"c"_s};
    QTest::newRow("quotes") << QStringList{u"say \"hi\""_s, u"\""_s};
    QTest::newRow("line breaks") << QStringList{u"a\nb"_s, u"c\r\nd"_s, u"e\rf"_s};
    QTest::newRow("spaces kept") << QStringList{u" lead"_s, u"trail "_s, u"\ttab"_s};
    QTest::newRow("unicode") << QStringList{u"jürgen"_s, u"✓"_s};
    QTest::newRow("one empty among others") << QStringList{u"a"_s, QString(), u"c"_s};
}

void TestCsvReader::writerRoundTrip()
{
    QFETCH(QStringList, fields);
    const QByteArray csv = CsvWriter::byteOrderMark() + CsvWriter::row(fields) + CsvWriter::row(fields);
    QVERIFY(csv.endsWith("\r\n"));
    const CsvDocument document = CsvReader::parse(csv);
    QVERIFY(document.errors.isEmpty());
    QCOMPARE(document.rows.size(), 2);
    QCOMPARE(document.rows.at(0).fields, fields);
    QCOMPARE(document.rows.at(1).fields, fields);
}

void TestCsvReader::formulaCellsNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written"); // the cell as it is in the file
    QTest::newRow("=") << u"=HYPERLINK(\"http://evil.example\",\"x\")"_s
                       << QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    QTest::newRow("+") << u"+1+cmd|' /C calc'!A0"_s << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("-") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("'\t=1");
    QTest::newRow("CR") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("already an apostrophe") << u"'=1"_s << QByteArray("''=1");
    QTest::newRow("apostrophes only") << u"''"_s << QByteArray("''");
    QTest::newRow("apostrophe before text") << u"'quoted"_s << QByteArray("'quoted");
    QTest::newRow("= later on") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("plain") << u"alice"_s << QByteArray("alice");
}

void TestCsvReader::formulaCellsNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::field(value), written);
    // What the import reads back is what was exported.
    const CsvDocument document = CsvReader::parse(CsvWriter::row({value, u"x"_s}));
    QVERIFY(document.errors.isEmpty());
    QCOMPARE(document.rows.size(), 1);
    QCOMPARE(document.rows.at(0).fields, (QStringList{value, u"x"_s}));
}

void TestCsvReader::hundredThousandRows()
{
    constexpr int Rows = 100000;
    QByteArray csv = "\xEF\xBB\xBFuser,password,role\r\n";
    csv.reserve(Rows * 40);
    for (int i = 0; i < Rows; ++i) {
        csv += "user" + QByteArray::number(i) + ",\"p,w\"\"" + QByteArray::number(i) + "\"";
        csv += (i % 10 == 0) ? ",prosody:admin\r\n" : ",\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const CsvDocument document = CsvReader::parse(csv, UserImportPlan::csvOptions());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(document.rows.size(), Rows);
    QVERIFY(document.errors.isEmpty());
    QCOMPARE(document.rows.last().line, Rows + 1);
    QCOMPARE(document.rows.last().fields.at(1), u"p,w\"99999"_s);
    qInfo("parsed %d rows (%lld bytes) in %lld ms", Rows, qint64(csv.size()), elapsed);
    // Generous for a debug build on a loaded machine; a release build takes a few tens of ms.
    QVERIFY2(elapsed < 3000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

// A poor man's fuzzer until the libFuzzer harness exists: random bytes from the characters that
// matter never crash the parser, lines only grow, and every accepted row survives a write and a read.
void TestCsvReader::randomInputKeepsInvariants()
{
    static const char alphabet[] = {',', '"', '\r', '\n', 'a', ' ', '\xC3', '\xA9', '\xFF', '\xEF', '\xBB', '\xBF'};
    QRandomGenerator random(4180);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = random.bounded(0, 60);
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(sizeof(alphabet)))];
        const CsvDocument document = CsvReader::parse(input, UserImportPlan::csvOptions());

        const int physicalLines = int(input.count('\n') + input.count('\r') - input.count("\r\n")) + 1;
        QList<int> lines;
        for (const CsvRow& row : document.rows)
            lines.append(row.line);
        for (const CsvError& error : document.errors)
            lines.append(error.line);
        std::sort(lines.begin(), lines.end());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i) >= 1 && lines.at(i) <= physicalLines, input.toHex().constData());
            if (i > 0)
                QVERIFY2(lines.at(i) > lines.at(i - 1), input.toHex().constData()); // one record per line start
        }
        QByteArray written;
        for (const CsvRow& row : document.rows) {
            QVERIFY(row.fields.size() >= 2 && row.fields.size() <= 3);
            written += CsvWriter::row(row.fields);
        }
        const CsvDocument again = CsvReader::parse(written);
        QCOMPARE(again.rows.size(), document.rows.size());
        for (qsizetype i = 0; i < again.rows.size(); ++i)
            QCOMPARE(again.rows.at(i).fields, document.rows.at(i).fields);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
