// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "bulk/UserImportPlan.h"

#include "api/Capabilities.h"
#include "input/JidValidator.h"

#include <QCoreApplication>

namespace {
// "alice" → "alice@domain"; "alice@other" stays.
QString bareJid(const QString& normalized, const QString& domain)
{
    return normalized.contains(QLatin1Char('@')) ? normalized : normalized + QLatin1Char('@') + domain;
}

// What is sent in paths: the published classic module understands only localparts.
QString targetOf(const QString& jid, const QString& domain)
{
    const QString suffix = QLatin1Char('@') + domain;
    return !domain.isEmpty() && jid.endsWith(suffix) ? jid.chopped(suffix.size()) : jid;
}

void setExistingAction(UserImportPlan::Entry& entry, bool overwrite)
{
    if (overwrite) {
        entry.action = UserImportPlan::Action::OverwritePassword;
        entry.reason = UserImportPlan::tr("Exists already: its password will be replaced by the one in the file.");
    } else {
        entry.action = UserImportPlan::Action::Skip;
        entry.reason
            = UserImportPlan::tr("Exists already: skipped. Tick “Overwrite the passwords of existing users” to set its "
                                 "password from the file.");
    }
}

// "" → "", "admin" → "prosody:admin", "Prosody:Admin" → "prosody:admin"; known tells whether the
// server has that role.
QString normalizeRole(const QString& input, const QStringList& roles, bool& known)
{
    const QString role = input.trimmed().toLower();
    known = true;
    if (role.isEmpty())
        return {};
    const QString full = role.contains(QLatin1Char(':')) ? role : QStringLiteral("prosody:") + role;
    known = roles.contains(full);
    return full;
}

using Entry = UserImportPlan::Entry;
using Status = UserImportPlan::Status;
using Action = UserImportPlan::Action;

// Status, action and reason of a row whose user name is valid.
void classifyRow(Entry& entry, const JidValidator::Result& user, const QString& roleInput, bool roleKnown,
    const QStringList& roles, const QSet<QString>& existing, const QHash<QString, QString>& unknown,
    const UserImportPlan::Options& options)
{
    const bool invite = options.invitations && (options.inviteAll || entry.password.isEmpty());
    if (entry.password.isEmpty() && !options.invitations) {
        entry.reason = UserImportPlan::tr("The password is empty: every line needs a password.");
    } else if (entry.password.isEmpty() && existing.contains(entry.jid)) {
        entry.status = Status::Exists;
        entry.reason = UserImportPlan::tr("Exists already and the file gives no password: skipped.");
    } else if (!invite && entry.password.trimmed().isEmpty()) {
        entry.reason = UserImportPlan::tr("The password consists only of spaces: enter a real password.");
    } else if (!roleKnown) {
        entry.reason = UserImportPlan::tr("This server has no role “%1”: use one of %2, or leave it empty.")
                           .arg(roleInput.trimmed(), roles.join(QStringLiteral(", ")));
    } else if (!entry.role.isEmpty() && !options.rolesSupported) {
        entry.reason = UserImportPlan::tr("This server cannot set roles: leave the role empty.");
    } else if (unknown.contains(entry.jid)) {
        entry.reason = UserImportPlan::tr("Could not check whether this user exists (%1): nothing will be sent for it.")
                           .arg(unknown.value(entry.jid));
    } else if (existing.contains(entry.jid)) {
        entry.status = Status::Exists;
        setExistingAction(entry, options.overwriteExisting);
    } else if (invite) {
        entry.status = Status::New;
        entry.action = Action::Invite;
        entry.reason = UserImportPlan::tr("Gets an invitation: the person chooses a password when registering.");
        if (!user.message.isEmpty())
            entry.reason = user.message + QLatin1Char(' ') + entry.reason;
    } else {
        entry.status = Status::New;
        entry.action = Action::Create;
        entry.reason = user.message; // a note such as "will be stored as “alice”"
    }
}

Entry entryForRow(const CsvRow& row, const QStringList& roles, const QSet<QString>& existing,
    const QHash<QString, QString>& unknown, const UserImportPlan::Options& options)
{
    Entry entry;
    entry.line = row.line;
    entry.user = row.fields.value(0);
    entry.password = row.fields.value(1);
    const QString roleInput = row.fields.value(2);
    const JidValidator::Result user = JidValidator::checkUser(entry.user);
    bool roleKnown = true;
    entry.role = normalizeRole(roleInput, roles, roleKnown);
    if (!user.valid) {
        entry.reason = user.message;
        return entry;
    }
    entry.jid = bareJid(user.normalized, options.domain);
    entry.target = targetOf(entry.jid, options.domain);
    classifyRow(entry, user, roleInput, roleKnown, roles, existing, unknown, options);
    return entry;
}

// A user on several lines: which password is meant is a guess, so none of them is imported.
void rejectDuplicates(QList<Entry>& rows, const QHash<QString, QList<int>>& linesOfJid)
{
    for (Entry& entry : rows) {
        if (entry.jid.isEmpty())
            continue;
        const QList<int>& lines = linesOfJid.value(entry.jid);
        if (lines.size() < 2)
            continue;
        QStringList numbers;
        for (int line : lines)
            numbers.append(QString::number(line));
        entry.status = Status::Invalid;
        entry.action = Action::Skip;
        entry.reason = UserImportPlan::tr("“%1” appears on lines %2: keep one line per user.")
                           .arg(entry.jid, numbers.join(QStringLiteral(", ")));
    }
}

Entry entryForError(const CsvError& error)
{
    Entry entry;
    entry.line = error.line;
    entry.reason = error.message;
    return entry;
}

// Rows and unreadable lines together, in file order.
QList<Entry> mergeInFileOrder(QList<Entry>& rows, const QList<CsvError>& errors)
{
    QList<Entry> entries;
    entries.reserve(rows.size() + errors.size());
    qsizetype e = 0;
    for (Entry& entry : rows) {
        while (e < errors.size() && errors.at(e).line < entry.line)
            entries.append(entryForError(errors.at(e++)));
        entries.append(std::move(entry));
    }
    for (; e < errors.size(); ++e)
        entries.append(entryForError(errors.at(e)));
    return entries;
}
} // namespace

CsvReader::Options UserImportPlan::csvOptions()
{
    CsvReader::Options options;
    options.headers = {{QStringLiteral("user"), QStringLiteral("password")},
        {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("role")}};
    options.minColumns = 2;
    options.maxColumns = 3;
    return options;
}

QStringList UserImportPlan::knownRoles(const Options& options)
{
    if (!options.roles.isEmpty())
        return options.roles;
    QStringList roles = Capabilities::builtInRoles(QStringLiteral("13"));
    for (const QString& role : Capabilities::builtInRoles(QStringLiteral("0.12"))) {
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

QStringList UserImportPlan::candidateJids(const CsvDocument& document, const QString& domain)
{
    QStringList jids;
    QSet<QString> seen;
    for (const CsvRow& row : document.rows) {
        const JidValidator::Result user = JidValidator::checkUser(row.fields.value(0));
        if (!user.valid)
            continue;
        const QString jid = bareJid(user.normalized, domain);
        if (!seen.contains(jid)) {
            seen.insert(jid);
            jids.append(jid);
        }
    }
    return jids;
}

UserImportPlan UserImportPlan::build(const CsvDocument& document, const QSet<QString>& existing,
    const QHash<QString, QString>& unknown, const Options& options)
{
    // Lines of every JID, to find duplicates.
    QHash<QString, QList<int>> linesOfJid;
    QList<Entry> rows;
    rows.reserve(document.rows.size());
    const QStringList roles = knownRoles(options);
    for (const CsvRow& row : document.rows) {
        Entry entry = entryForRow(row, roles, existing, unknown, options);
        if (!entry.jid.isEmpty())
            linesOfJid[entry.jid].append(entry.line);
        rows.append(std::move(entry));
    }
    rejectDuplicates(rows, linesOfJid);

    UserImportPlan plan;
    plan.m_entries = mergeInFileOrder(rows, document.errors);
    return plan;
}

void UserImportPlan::setOverwriteExisting(bool overwrite)
{
    for (Entry& entry : m_entries) {
        if (entry.status == Status::Exists && !entry.password.isEmpty())
            setExistingAction(entry, overwrite);
    }
}

int UserImportPlan::count(Status status) const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [status](const Entry& entry) { return entry.status == status; }));
}

int UserImportPlan::count(Action action) const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [action](const Entry& entry) { return entry.action == action; }));
}
