// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/IpAddressValidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace {
// Four dotted decimal parts: the only IPv4 spelling the module's text comparison can match.
// (QHostAddress would also accept "127.1" and similar inet_aton shorthands.)
bool isDottedQuad(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return pattern.match(text).hasMatch();
}

// "010.0.0.1" is 10.0.0.1 to some parsers and 8.0.0.1 (octal) to others.
bool hasLeadingZero(const QString& dottedQuad)
{
    const QStringList parts = dottedQuad.split(QLatin1Char('.'));
    return std::any_of(parts.cbegin(), parts.cend(),
        [](const QString& part) { return part.size() > 1 && part.startsWith(QLatin1Char('0')); });
}

bool parseAddress(const QString& text, QHostAddress& address)
{
    if (text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char(':')) && !isDottedQuad(text))
        return false;
    if (!address.setAddress(text))
        return false;
    // QHostAddress accepts "fe80::1%eth0"; scope ids are refused before this is reached.
    return address.protocol() == QAbstractSocket::IPv4Protocol || address.protocol() == QAbstractSocket::IPv6Protocol;
}

IpAddressValidator::Result invalid(const QString& message)
{
    IpAddressValidator::Result result;
    result.message = message;
    return result;
}

IpAddressValidator::Result validAddress(const QHostAddress& address)
{
    IpAddressValidator::Result result;
    result.valid = true;
    result.normalized = address.toString();
    result.protocol = address.protocol();
    return result;
}

IpAddressValidator::Result withPort(const QHostAddress& address)
{
    return invalid(
        IpAddressValidator::tr("Enter the address without a port: “%1”. The whitelist holds addresses, not ports.")
            .arg(address.toString()));
}

IpAddressValidator::Result notAnAddress(const QString& text)
{
    return invalid(
        IpAddressValidator::tr("“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 192.0.2.7.")
            .arg(text));
}

// "192.0.2.0/24": a range, or something else with a slash.
IpAddressValidator::Result checkRange(const QString& text)
{
    const QString prefix = text.section(QLatin1Char('/'), 0, 0);
    QHostAddress network;
    if (parseAddress(prefix, network)) {
        return invalid(
            IpAddressValidator::tr("Address ranges such as “%1” (CIDR) are not supported by the whitelist module: "
                                   "enter single addresses, one at a time.")
                .arg(text));
    }
    return notAnAddress(text);
}

// "[2001:db8::1]:5280" or "[::1]"
IpAddressValidator::Result checkBracketed(const QString& text)
{
    const qsizetype close = text.indexOf(QLatin1Char(']'));
    const QString inner = close > 0 ? text.mid(1, close - 1) : QString();
    QHostAddress address;
    if (close > 0 && parseAddress(inner, address) && address.protocol() == QAbstractSocket::IPv6Protocol) {
        if (close != text.size() - 1)
            return withPort(address);
        IpAddressValidator::Result result = validAddress(address);
        result.message = IpAddressValidator::tr("The address will be stored as “%1”.").arg(result.normalized);
        return result;
    }
    return invalid(
        IpAddressValidator::tr("“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 2001:db8::7.")
            .arg(text));
}

// "192.0.2.7:5280": exactly one colon after a dotted quad.
IpAddressValidator::Result checkSingleColon(const QString& text)
{
    const QString host = text.section(QLatin1Char(':'), 0, 0);
    QHostAddress address;
    if (parseAddress(host, address) && address.protocol() == QAbstractSocket::IPv4Protocol)
        return withPort(address);
    return notAnAddress(text);
}

// An address without brackets, port, range or scope.
IpAddressValidator::Result checkPlain(const QString& text)
{
    if (isDottedQuad(text) && hasLeadingZero(text)) {
        return invalid(IpAddressValidator::tr(
            "Write the address without leading zeros (such as “010”): some systems read them as octal "
            "numbers."));
    }
    QHostAddress address;
    if (!parseAddress(text, address)) {
        return invalid(IpAddressValidator::tr(
            "“%1” is not an IP address. Enter one IPv4 or IPv6 address (host names are not accepted), "
            "for example 192.0.2.7.")
                           .arg(text));
    }
    IpAddressValidator::Result result = validAddress(address);
    // The server matches text: say so when what is stored differs from what was typed.
    if (result.normalized != text)
        result.message = IpAddressValidator::tr("The address will be stored as “%1”.").arg(result.normalized);
    return result;
}
} // namespace

IpAddressValidator::Result IpAddressValidator::check(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(IpAddressValidator::tr("Enter an IP address, for example 192.0.2.7 or 2001:db8::7."));

    for (const QChar c : text) {
        if (c.isSpace())
            return invalid(IpAddressValidator::tr("An address cannot contain spaces: enter one address at a time."));
    }

    if (text.contains(QLatin1Char('/')))
        return checkRange(text);
    if (text.contains(QLatin1Char('%'))) {
        return invalid(IpAddressValidator::tr("Enter the address without its scope (the part from “%” on): "
                                              "the whitelist cannot hold scoped IPv6 addresses."));
    }
    if (text.startsWith(QLatin1Char('[')))
        return checkBracketed(text);
    if (text.count(QLatin1Char(':')) == 1)
        return checkSingleColon(text);
    return checkPlain(text);
}
