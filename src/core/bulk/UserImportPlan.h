// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What importing a CSV file of users (user,password[,role]) would do, row by row, before anything
// is sent: New users are created; users that exist already are skipped unless the operator chose to
// overwrite their passwords (the server's POST /user would overwrite them silently, so the plan
// sends PATCH …/password explicitly instead); rows that cannot be imported are Invalid, with a
// reason that says what to fix. Where the server makes invitations, a new user whose password is
// empty (or every new user, when the operator chose so) gets an invitation instead of a password.
// A pure function of its inputs; ImportUsers carries it out.
class UserImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(UserImportPlan)

public:
    enum class Status { New, Exists, Invalid };
    enum class Action { Create, OverwritePassword, Skip, Invite };

    struct Entry
    {
        int line = 0; // line in the file: the key
        QString user; // as written in the file
        QString jid; // normalised bare JID; empty when the user name is invalid
        QString target; // what is sent in paths: the localpart on the session's domain, else the JID
        QString password;
        QString role; // normalised role id ("prosody:admin"); empty = leave the server's default
        Status status = Status::Invalid;
        Action action = Action::Skip;
        QString reason; // why it is invalid or skipped, or a note ("will be stored as …")
        bool operator==(const Entry&) const = default;
    };

    struct Options
    {
        QString domain; // the session's domain: users without one belong to it
        bool overwriteExisting = false;
        bool rolesSupported = true; // the server can set roles (PATCH /user/<u>/role)
        // The role ids a row may name (short forms such as "admin" are accepted too): the server's
        // (Capabilities::availableRoles). Empty: the built-in roles of Prosody 13 and 0.12.
        QStringList roles;
        bool invitations = false; // the server makes account invitations (POST /invites)
        bool inviteAll = false; // every new user is invited, the passwords in the file are not used
    };

    // How CsvReader is to read an import file: header "user,password[,role]", 2 or 3 fields.
    static CsvReader::Options csvOptions();
    // The role ids a row may name with these options.
    static QStringList knownRoles(const Options& options);
    // The normalised JIDs of the file's valid user names, for the existence check.
    static QStringList candidateJids(const CsvDocument& document, const QString& domain);

    // `existing`: bare JIDs known to exist. `unknown`: bare JIDs whose existence could not be
    // checked, with the reason (those rows become Invalid rather than risk an overwrite).
    static UserImportPlan build(const CsvDocument& document, const QSet<QString>& existing,
        const QHash<QString, QString>& unknown, const Options& options);

    // The same plan with the other choice for existing users, without validating every line again
    // (what build() would give with options.overwriteExisting = overwrite).
    void setOverwriteExisting(bool overwrite);

    const QList<Entry>& entries() const { return m_entries; }
    int count(Status status) const;
    int count(Action action) const;
    // The rows that send something.
    int actionableCount() const { return int(m_entries.size()) - count(Action::Skip); }

private:
    QList<Entry> m_entries;
};
