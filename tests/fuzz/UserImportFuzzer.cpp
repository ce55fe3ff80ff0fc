// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// libFuzzer target for importing users from a CSV file: CsvReader::parse with the import options,
// then UserImportPlan (candidate JIDs, the plan, the overwrite choice). The input is the file.

#include "bulk/CsvReader.h"
#include "bulk/UserImportPlan.h"

#include <QHash>
#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkDocument(const CsvDocument& document)
{
    int previousLine = 0;
    for (const CsvRow& row : document.rows) {
        check(row.line > previousLine);
        previousLine = row.line;
        const qsizetype count = row.fields.size();
        check(document.header.isEmpty() ? count >= 2 && count <= 3 : count == document.header.size());
    }
    for (const CsvError& error : document.errors)
        check(error.line >= 1 && !error.message.isEmpty());
}

void checkPlan(const UserImportPlan& plan, const CsvDocument& document, const UserImportPlan::Options& options)
{
    check(plan.entries().size() == document.rows.size() + document.errors.size());
    int previousLine = 0;
    for (const UserImportPlan::Entry& entry : plan.entries()) {
        check(entry.line >= previousLine);
        previousLine = entry.line;
        if (entry.action != UserImportPlan::Action::Skip) {
            // Nothing half-checked is sent: a target, a real password and a known role.
            check(!entry.jid.isEmpty() && !entry.target.isEmpty() && !entry.password.trimmed().isEmpty());
            check(entry.role.isEmpty() || UserImportPlan::knownRoles(options).contains(entry.role));
            check(entry.status != UserImportPlan::Status::Invalid);
        } else if (entry.status == UserImportPlan::Status::Invalid) {
            check(!entry.reason.isEmpty());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvDocument document = CsvReader::parse(file, UserImportPlan::csvOptions());
    checkDocument(document);

    const QString domain = QStringLiteral("example.org");
    const QStringList candidates = UserImportPlan::candidateJids(document, domain);
    // Every third candidate exists already, every fifth could not be checked.
    QSet<QString> existing;
    QHash<QString, QString> unknown;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i % 3 == 0)
            existing.insert(candidates.at(i));
        if (i % 5 == 0)
            unknown.insert(candidates.at(i), QStringLiteral("timeout"));
    }

    UserImportPlan::Options options;
    options.domain = domain;
    options.rolesSupported = size % 2 == 0;
    // Odd sizes: a Prosody 0.12 server's roles; even: the built-in roles of both series.
    if (size % 2 != 0)
        options.roles = QStringList{QStringLiteral("prosody:admin"), QStringLiteral("prosody:user")};
    UserImportPlan plan = UserImportPlan::build(document, existing, unknown, options);
    checkPlan(plan, document, options);

    // Changing the choice afterwards gives what building with it gives.
    options.overwriteExisting = true;
    const UserImportPlan overwriting = UserImportPlan::build(document, existing, unknown, options);
    checkPlan(overwriting, document, options);
    plan.setOverwriteExisting(true);
    check(plan.entries() == overwriting.entries());
    check(plan.actionableCount() == overwriting.actionableCount());
    return 0;
}
