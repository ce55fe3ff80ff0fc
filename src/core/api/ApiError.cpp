// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include "api/ApiErrorGroup.h"
#include "input/VisibleText.h"

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

// The most of the server's message a sentence quotes: a message of megabytes (a hostile or broken
// server) stays whole in serverMessage, and the sentence (a banner, the activity log) stays a sentence.
constexpr qsizetype LongestQuote = 2000;

// " The server said: “…”." when the server sent a message, else nothing.
QString serverSaid(const ApiError& error)
{
    if (error.serverMessage.isEmpty()) {
        return {};
    }
    return u' '
        + QCoreApplication::translate("ApiError", "The server said: “%1”.")
              .arg(VisibleText::shortened(error.serverMessage, LongestQuote));
}

QString detailOr(const ApiError& error, const QString& fallback)
{
    return error.detail.isEmpty() ? fallback : error.detail;
}

// Requests refused before anything was sent, and requests stopped on the way.
QString refusalSentence(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::InvalidInput:
        return QCoreApplication::translate("ApiError", "The request was not sent: %1. Correct the input and try again.")
            .arg(detailOr(error, QCoreApplication::translate("ApiError", "the input is not valid")));
    case Kind::InsecureTransport:
        return QCoreApplication::translate("ApiError",
            "The request to %1 was not sent: it would carry the password of %2 unencrypted over plain HTTP "
            "to another computer. Use https in the profile, or allow insecure connections there if the "
            "network is trusted.")
            .arg(serverOr(error), accountOr(error));
    case Kind::ReadOnly:
        return QCoreApplication::translate("ApiError",
            "Nothing was changed on %1: the profile of this connection is read-only, so the console sends no "
            "changes. To make changes, edit the profile (Server Profiles…) and clear “Read-only”.")
            .arg(serverOr(error));
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    default:
        break;
    }
    return {};
}

// Failures below HTTP: no usable answer came.
QString transportSentence(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::HostNotFound:
        return QCoreApplication::translate(
            "ApiError", "The server name %1 could not be found. Check the address in the profile.")
            .arg(serverOr(error));
    case Kind::ConnectionRefused:
        return QCoreApplication::translate(
            "ApiError", "Nothing answers at %1. Is Prosody running and is mod_admin_rest loaded?")
            .arg(serverOr(error));
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
            "%1 did not answer in time. The server may be busy or unreachable: try again, or raise the "
            "timeout in the profile.")
            .arg(serverOr(error));
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "The secure connection to %1 failed (%2). Check the server's certificate, and the pinned "
            "certificate and CA file in the profile.")
            .arg(serverOr(error), detailOr(error, QCoreApplication::translate("ApiError", "certificate not accepted")));
    case Kind::Network:
        return QCoreApplication::translate(
            "ApiError", "The connection to %1 failed (%2). Check the network and try again.")
            .arg(serverOr(error), detailOr(error, QCoreApplication::translate("ApiError", "network error")));
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate(
            "ApiError", "The server's answer was larger than this console accepts, so it was not read to the end.");
    default:
        break;
    }
    return {};
}

// The server refused the admin account or this computer.
QString accessSentence(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::AuthenticationFailed:
        return QCoreApplication::translate(
            "ApiError", "The server refused the password for %1. Check the password in the profile.")
            .arg(accountOr(error));
    case Kind::NotAdmin:
        return QCoreApplication::translate("ApiError",
            "%1 is not an administrator of this server. Use an admin account, or add this one to the "
            "server's admins.")
            .arg(accountOr(error));
    case Kind::NotWhitelisted:
        return QCoreApplication::translate("ApiError",
            "The server only accepts admin requests from whitelisted addresses, and this computer's address "
            "is not on the list. Ask the server's operator to add it to admin_rest_whitelist.");
    case Kind::UnknownVirtualHost:
        return QCoreApplication::translate("ApiError",
            "The server does not serve the domain of %1. Check the admin JID in the profile: it must be a "
            "full JID (admin@example.org) on a host of this server.")
            .arg(accountOr(error));
    case Kind::TooManyAttempts:
        return QCoreApplication::translate("ApiError",
                   "The server refuses sign-ins from this address for a while, after too many failed ones. Check "
                   "the password in the profile, then try again in a minute.")
            + serverSaid(error);
    default:
        break;
    }
    return {};
}

// The server answered, but not with what the request asked for.
QString answerSentence(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::ApiNotFound:
        return QCoreApplication::translate("ApiError",
            "There is no admin_rest at %1. Check the base URL in the profile (usually /admin_rest) and that "
            "mod_admin_rest is loaded on that host; with admin_rest_secure it only answers over HTTPS.")
            .arg(serverOr(error));
    case Kind::NotSupported:
        return QCoreApplication::translate(
            "ApiError", "This server's admin_rest has no such feature (the published module lacks it).");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "The server has no such item.") + serverSaid(error);
    case Kind::Conflict:
        return QCoreApplication::translate("ApiError", "It already exists on the server.") + serverSaid(error);
    case Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "The server rejected the request as invalid.")
            + serverSaid(error);
    case Kind::MessageDropped:
        return QCoreApplication::translate(
            "ApiError", "The user is offline and the server keeps no offline messages, so the message was dropped.");
    case Kind::ServerError:
        return QCoreApplication::translate("ApiError", "The server failed with an internal error.") + serverSaid(error)
            + u' ' + QCoreApplication::translate("ApiError", "Prosody's log on the server tells the cause.");
    case Kind::HttpError:
        return QCoreApplication::translate("ApiError", "The server answered with the unexpected HTTP status %1.")
                   .arg(error.httpStatus)
            + serverSaid(error);
    case Kind::MalformedResponse:
        return QCoreApplication::translate(
            "ApiError", "The server's answer could not be understood (%1). Is this really mod_admin_rest?")
            .arg(detailOr(error, QCoreApplication::translate("ApiError", "unexpected content")));
    default:
        break;
    }
    return {};
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

ApiErrorGroup apiErrorGroup(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    using Group = ApiErrorGroup;
    switch (kind) {
    case Kind::None:
        return Group::None;
    case Kind::InvalidInput:
    case Kind::InsecureTransport:
    case Kind::ReadOnly:
    case Kind::Cancelled:
        return Group::Refused;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Network:
    case Kind::ResponseTooLarge:
        return Group::Transport;
    case Kind::AuthenticationFailed:
    case Kind::NotAdmin:
    case Kind::NotWhitelisted:
    case Kind::UnknownVirtualHost:
    case Kind::TooManyAttempts:
        return Group::Access;
    case Kind::ApiNotFound:
    case Kind::NotSupported:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::BadRequest:
    case Kind::MessageDropped:
    case Kind::ServerError:
    case Kind::HttpError:
    case Kind::MalformedResponse:
        return Group::Answer;
    }
    return Group::Answer;
}

QString ApiError::userMessage() const
{
    using Group = ApiErrorGroup;
    switch (apiErrorGroup(kind)) {
    case Group::None:
        return {};
    case Group::Refused:
        return refusalSentence(*this);
    case Group::Transport:
        return transportSentence(*this);
    case Group::Access:
        return accessSentence(*this);
    case Group::Answer:
        return answerSentence(*this);
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
    case Kind::ReadOnly:
        return QCoreApplication::translate("ApiError", "Read-only profile");
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
