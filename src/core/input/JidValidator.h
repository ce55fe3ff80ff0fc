// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// Checks what the user typed as a user name or JID before anything is sent, and says what the server
// will store: localparts prepared with stringprep's nodeprep and domains with nameprep (ICU, the
// profiles Prosody uses: "Straße" is stored as "strasse"), domains checked with IDNA (UTS #46). Messages are translated
// sentences that say what to fix.
class JidValidator
{
    Q_DECLARE_TR_FUNCTIONS(JidValidator)

public:
    struct Result
    {
        bool valid = false;
        QString normalized; // trimmed and prepared (nodeprep / nameprep), as the server stores it
        QString message; // why it is invalid, or a warning for a valid input ("was lower-cased")
    };

    // A localpart ("alice") or a bare JID on any host ("alice@example.org").
    static Result checkUser(const QString& input);
    // A bare JID with a domain ("bob@example.org"); a bare localpart is completed with defaultDomain.
    static Result checkBareJid(const QString& input, const QString& defaultDomain = {});
    // A localpart only.
    static Result checkLocalpart(const QString& input);
    static Result checkDomain(const QString& input);
};
