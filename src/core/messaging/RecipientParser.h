// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Turns what an operator typed or pasted ("alice, bob@example.org; xmpp:carol\n…") into bare JIDs:
// entries are separated by commas, semicolons, spaces or new lines; each is checked with
// JidValidator, completed with the default domain, lower-cased and de-duplicated.
class RecipientParser
{
public:
    struct Result
    {
        QStringList jids; // valid, normalised, in the order given, each once
        QStringList rejected; // entries as typed that are not valid user names or JIDs
        QString problem; // why the first rejected entry is invalid (a translated sentence)
        int duplicates = 0; // entries dropped because they repeated an earlier one
    };

    static Result parse(const QString& text, const QString& defaultDomain);
    // The address a request uses for `jid`: the localpart on the client's own domain (every
    // module version accepts it), the bare JID on any other host.
    static QString addressFor(const QString& jid, const QString& domain);
    // The bare JID of a request address ("alice" → "alice@<domain>").
    static QString jidFor(const QString& address, const QString& domain);
};
