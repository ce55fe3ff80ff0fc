#include "api/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// "admin@example.org" or a neutral phrase when the client did not say.
QString accountOr(const ApiError& error)
{
    return error.account.isEmpty() ? QCoreApplication::translate("ApiError", "the admin account") : error.account;
}

QString serverOr(const ApiError& error)
{
    return error.server.isEmpty() ? QCoreApplication::translate("ApiError", "the server") : error.server;
}

// " The server said: “…”." when the server sent a message, else nothing.
QString serverSaid(const ApiError& error)
{
    if (error.serverMessage.isEmpty()) {
        return {};
    }
    return u' ' + QCoreApplication::translate("ApiError", "The server said: “%1”.").arg(error.serverMessage);
}

QString detailOr(const ApiError& error, const QString& fallback)
{
    return error.detail.isEmpty() ? fallback : error.detail;
}

} // namespace

ApiError ApiError::invalidInput(const QString& detail)
{
    return make(Kind::InvalidInput, 0, {}, detail);
}

ApiError ApiError::make(Kind kind, int httpStatus, const QString& serverMessage, const QString& detail)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.serverMessage = serverMessage;
    error.detail = detail;
    return error;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        return QCoreApplication::translate("ApiError", "The request was not sent: %1. Correct the input and try again.")
            .arg(detailOr(*this, QCoreApplication::translate("ApiError", "the input is not valid")));
    case Kind::InsecureTransport:
        return QCoreApplication::translate("ApiError",
            "The request to %1 was not sent: it would carry the password of %2 unencrypted over plain HTTP "
            "to another computer. Use https in the profile, or allow insecure connections there if the "
            "network is trusted.")
            .arg(serverOr(*this), accountOr(*this));
    case Kind::HostNotFound:
        return QCoreApplication::translate(
            "ApiError", "The server name %1 could not be found. Check the address in the profile.")
            .arg(serverOr(*this));
    case Kind::ConnectionRefused:
        return QCoreApplication::translate(
            "ApiError", "Nothing answers at %1. Is Prosody running and is mod_admin_rest loaded?")
            .arg(serverOr(*this));
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
            "%1 did not answer in time. The server may be busy or unreachable: try again, or raise the "
            "timeout in the profile.")
            .arg(serverOr(*this));
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "The secure connection to %1 failed (%2). Check the server's certificate, and the pinned "
            "certificate and CA file in the profile.")
            .arg(serverOr(*this), detailOr(*this, QCoreApplication::translate("ApiError", "certificate not accepted")));
    case Kind::Network:
        return QCoreApplication::translate(
            "ApiError", "The connection to %1 failed (%2). Check the network and try again.")
            .arg(serverOr(*this), detailOr(*this, QCoreApplication::translate("ApiError", "network error")));
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::AuthenticationFailed:
        return QCoreApplication::translate(
            "ApiError", "The server refused the password for %1. Check the password in the profile.")
            .arg(accountOr(*this));
    case Kind::NotAdmin:
        return QCoreApplication::translate("ApiError",
            "%1 is not an administrator of this server. Use an admin account, or add this one to the "
            "server's admins.")
            .arg(accountOr(*this));
    case Kind::NotWhitelisted:
        return QCoreApplication::translate("ApiError",
            "The server only accepts admin requests from whitelisted addresses, and this computer's address "
            "is not on the list. Ask the server's operator to add it to admin_rest_whitelist.");
    case Kind::UnknownVirtualHost:
        return QCoreApplication::translate("ApiError",
            "The server does not serve the domain of %1. Check the admin JID in the profile: it must be a "
            "full JID (admin@example.org) on a host of this server.")
            .arg(accountOr(*this));
    case Kind::ApiNotFound:
        return QCoreApplication::translate("ApiError",
            "There is no admin_rest at %1. Check the base URL in the profile (usually /admin_rest) and that "
            "mod_admin_rest is loaded on that host; with admin_rest_secure it only answers over HTTPS.")
            .arg(serverOr(*this));
    case Kind::NotSupported:
        return QCoreApplication::translate(
            "ApiError", "This server's admin_rest has no such feature (the published module lacks it).");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "The server has no such item.") + serverSaid(*this);
    case Kind::Conflict:
        return QCoreApplication::translate("ApiError", "It already exists on the server.") + serverSaid(*this);
    case Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "The server rejected the request as invalid.")
            + serverSaid(*this);
    case Kind::MessageDropped:
        return QCoreApplication::translate(
            "ApiError", "The user is offline and the server keeps no offline messages, so the message was dropped.");
    case Kind::ServerError:
        return QCoreApplication::translate("ApiError", "The server failed with an internal error.") + serverSaid(*this)
            + u' ' + QCoreApplication::translate("ApiError", "Prosody's log on the server tells the cause.");
    case Kind::HttpError:
        return QCoreApplication::translate("ApiError", "The server answered with the unexpected HTTP status %1.")
                   .arg(httpStatus)
            + serverSaid(*this);
    case Kind::MalformedResponse:
        return QCoreApplication::translate(
            "ApiError", "The server's answer could not be understood (%1). Is this really mod_admin_rest?")
            .arg(detailOr(*this, QCoreApplication::translate("ApiError", "unexpected content")));
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate(
            "ApiError", "The server's answer was larger than this console accepts, so it was not read to the end.");
    case Kind::TooManyAttempts:
        return QCoreApplication::translate("ApiError",
                   "The server refuses sign-ins from this address for a while, after too many failed ones. Check "
                   "the password in the profile, then try again in a minute.")
            + serverSaid(*this);
    }
    return {};
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("ApiError", "No error");
    case Kind::InvalidInput:
        return QCoreApplication::translate("ApiError", "Invalid input");
    case Kind::InsecureTransport:
        return QCoreApplication::translate("ApiError", "Insecure connection refused");
    case Kind::HostNotFound:
        return QCoreApplication::translate("ApiError", "Server not found");
    case Kind::ConnectionRefused:
        return QCoreApplication::translate("ApiError", "Connection refused");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "Timeout");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "Secure connection failed");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Network error");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    case Kind::AuthenticationFailed:
        return QCoreApplication::translate("ApiError", "Wrong password");
    case Kind::NotAdmin:
        return QCoreApplication::translate("ApiError", "Not an administrator");
    case Kind::NotWhitelisted:
        return QCoreApplication::translate("ApiError", "Address not whitelisted");
    case Kind::UnknownVirtualHost:
        return QCoreApplication::translate("ApiError", "Unknown host");
    case Kind::ApiNotFound:
        return QCoreApplication::translate("ApiError", "admin_rest not found");
    case Kind::NotSupported:
        return QCoreApplication::translate("ApiError", "Not supported");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "Not found");
    case Kind::Conflict:
        return QCoreApplication::translate("ApiError", "Already exists");
    case Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "Invalid request");
    case Kind::MessageDropped:
        return QCoreApplication::translate("ApiError", "Message dropped");
    case Kind::ServerError:
        return QCoreApplication::translate("ApiError", "Server error");
    case Kind::HttpError:
        return QCoreApplication::translate("ApiError", "Unexpected answer");
    case Kind::MalformedResponse:
        return QCoreApplication::translate("ApiError", "Malformed answer");
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate("ApiError", "Answer too large");
    case Kind::TooManyAttempts:
        return QCoreApplication::translate("ApiError", "Too many failed sign-ins");
    }
    return {};
}
