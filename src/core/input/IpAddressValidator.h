// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// Checks what the user typed as an address for admin_rest's whitelist before anything is sent.
// The module compares the client's address with each entry as text, so only single IPv4 or IPv6
// addresses in their canonical form are accepted: no host names, no ports, no CIDR ranges (which
// the module does not support, and whose '/' cannot be sent in a path segment anyway), no scope ids.
// Messages are translated sentences that say what to fix.
class IpAddressValidator
{
    Q_DECLARE_TR_FUNCTIONS(IpAddressValidator)

public:
    struct Result
    {
        bool valid = false;
        QString normalized; // the canonical text of the address ("::1", "192.0.2.7")
        QString message; // why it is invalid, or a note for a valid input ("will be stored as …")
        QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::UnknownNetworkLayerProtocol;
    };

    static Result check(const QString& input);
};
