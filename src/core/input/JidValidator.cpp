#include "input/JidValidator.h"

#include <QCoreApplication>

namespace {
constexpr int MaxPartBytes = 1023;

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
    const QString normalized = trimmed.normalized(QString::NormalizationForm_KC).toLower();
    for (const QChar c : normalized) {
        if (isForbiddenInLocalpart(c)) {
            result.message = c.isSpace() ? JidValidator::tr("A user name cannot contain spaces.")
                                         : JidValidator::tr("A user name cannot contain the character “%1”.").arg(c);
            return result;
        }
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
    const QString domain = input.trimmed().toLower();
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
