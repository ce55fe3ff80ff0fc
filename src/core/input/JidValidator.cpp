// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "input/JidValidator.h"

#include <QCoreApplication>

#include <unicode/uidna.h>
#include <unicode/usprep.h>

#include <optional>

namespace {
constexpr int MaxPartBytes = 1023;

// A stringprep profile of ICU applied as Prosody applies it (util.encodings, not strict: unassigned
// code points allowed); nothing when ICU refuses the text, with the error.
std::optional<QString> icuPrep(UStringPrepProfileType type, const QString& text, UErrorCode* error)
{
    *error = U_ZERO_ERROR;
    UStringPrepProfile* profile = usprep_openByType(type, error);
    if (U_FAILURE(*error))
        return std::nullopt;
    QString prepared(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = usprep_prepare(profile, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()),
        reinterpret_cast<UChar*>(prepared.data()), int32_t(prepared.size()), USPREP_ALLOW_UNASSIGNED, nullptr, error);
    usprep_close(profile);
    if (U_FAILURE(*error))
        return std::nullopt;
    prepared.truncate(length);
    return prepared;
}

// True when IDNA (UTS #46, the options of Prosody 13's util.encodings) accepts the domain; its length
// is checked apart.
bool isIdnaName(const QString& domain)
{
    UErrorCode error = U_ZERO_ERROR;
    const uint32_t options = UIDNA_ALLOW_UNASSIGNED | UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ
        | UIDNA_CHECK_CONTEXTO | UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE;
    UIDNA* idna = uidna_openUTS46(options, &error);
    if (U_FAILURE(error))
        return false;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    QString ascii(1024, Qt::Uninitialized);
    uidna_nameToASCII(idna, reinterpret_cast<const UChar*>(domain.utf16()), int32_t(domain.size()),
        reinterpret_cast<UChar*>(ascii.data()), int32_t(ascii.size()), &info, &error);
    uidna_close(idna);
    const uint32_t lengthErrors = UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG;
    return (U_SUCCESS(error) || error == U_BUFFER_OVERFLOW_ERROR) && (info.errors & ~lengthErrors) == 0;
}

// RFC 7622 forbids these in a localpart: " & ' / : < > @ and spaces and controls.
bool isForbiddenInLocalpart(QChar c)
{
    static const QString forbidden = QStringLiteral("\"&'/:<>@");
    return forbidden.contains(c) || c.isSpace() || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format;
}
} // namespace

JidValidator::Result JidValidator::checkLocalpart(const QString& input)
{
    Result result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.message = JidValidator::tr("Enter a user name.");
        return result;
    }
    // Prosody prepares a localpart with stringprep's nodeprep (RFC 3920): "Straße" becomes
    // "strasse", "ＡＢＣ" becomes "abc", zero-width joiners go.
    UErrorCode error = U_ZERO_ERROR;
    const std::optional<QString> prepared = icuPrep(USPREP_RFC3920_NODEPREP, trimmed, &error);
    if (!prepared) {
        for (const QChar c : trimmed.normalized(QString::NormalizationForm_KC)) {
            if (isForbiddenInLocalpart(c)) {
                result.message = c.isSpace()
                    ? JidValidator::tr("A user name cannot contain spaces.")
                    : JidValidator::tr("A user name cannot contain the character “%1”.").arg(c);
                return result;
            }
        }
        result.message = error == U_STRINGPREP_CHECK_BIDI_ERROR
            ? JidValidator::tr("A user name cannot mix right-to-left and left-to-right letters, and right-to-left "
                               "text must start and end with a right-to-left letter.")
            : JidValidator::tr("“%1” holds a character the server does not accept in a user name.").arg(trimmed);
        return result;
    }
    const QString normalized = *prepared;
    if (normalized.isEmpty()) {
        result.message = JidValidator::tr("Enter a user name.");
        return result;
    }
    if (normalized.toUtf8().size() > MaxPartBytes) {
        result.message = JidValidator::tr("A user name can be at most 1023 bytes long.");
        return result;
    }
    result.valid = true;
    result.normalized = normalized;
    if (normalized != trimmed)
        result.message = JidValidator::tr("The name will be stored as “%1”.").arg(normalized);
    return result;
}

JidValidator::Result JidValidator::checkDomain(const QString& input)
{
    Result result;
    const QString typed = input.trimmed();
    QString domain = typed.toLower();
    if (domain.isEmpty()) {
        result.message = JidValidator::tr("Enter a domain after the @.");
        return result;
    }
    if (domain.toUtf8().size() > MaxPartBytes) {
        result.message = JidValidator::tr("A domain can be at most 1023 bytes long.");
        return result;
    }
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QStringLiteral(".."))) {
        result.message = JidValidator::tr("“%1” is not a valid domain.").arg(domain);
        return result;
    }
    for (const QChar c : domain) {
        if (c.isSpace() || QStringLiteral("@/\"&'<>:\\%?#").contains(c)) {
            result.message = JidValidator::tr("A domain cannot contain “%1”.").arg(c);
            return result;
        }
    }
    // Prosody prepares a domain with nameprep (RFC 3491); IDNA must accept it.
    UErrorCode error = U_ZERO_ERROR;
    const std::optional<QString> prepared = icuPrep(USPREP_RFC3491_NAMEPREP, typed, &error);
    if (!prepared || prepared->isEmpty() || !isIdnaName(*prepared)) {
        result.message = JidValidator::tr("“%1” is not a valid domain.").arg(typed);
        return result;
    }
    domain = *prepared;
    result.valid = true;
    result.normalized = domain;
    return result;
}

JidValidator::Result JidValidator::checkUser(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.contains(QLatin1Char('/'))) {
        Result result;
        result.message = JidValidator::tr("Enter a user without a resource (nothing after “/”).");
        return result;
    }
    if (!trimmed.contains(QLatin1Char('@')))
        return checkLocalpart(trimmed);
    return checkBareJid(trimmed);
}

JidValidator::Result JidValidator::checkBareJid(const QString& input, const QString& defaultDomain)
{
    Result result;
    const QString trimmed = input.trimmed();
    if (trimmed.contains(QLatin1Char('/'))) {
        result.message = JidValidator::tr("Enter a JID without a resource (nothing after “/”).");
        return result;
    }
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (at < 0 && defaultDomain.isEmpty()) {
        result.message = JidValidator::tr("Enter a full JID such as user@example.org.");
        return result;
    }
    if (at >= 0 && trimmed.indexOf(QLatin1Char('@'), at + 1) >= 0) {
        result.message = JidValidator::tr("A JID contains only one “@”.");
        return result;
    }
    const Result local = checkLocalpart(at < 0 ? trimmed : trimmed.left(at));
    if (!local.valid)
        return local;
    const Result domain = checkDomain(at < 0 ? defaultDomain : trimmed.mid(at + 1));
    if (!domain.valid)
        return domain;
    result.valid = true;
    result.normalized = local.normalized + QLatin1Char('@') + domain.normalized;
    if (result.normalized != trimmed)
        result.message = JidValidator::tr("The JID will be used as “%1”.").arg(result.normalized);
    return result;
}
