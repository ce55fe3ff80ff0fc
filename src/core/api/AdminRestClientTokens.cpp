// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/AdminRestClient.h"

#include "api/AdminRestClientCall.h"
#include "api/ApiErrorGroup.h"
#include "api/ResponseParser.h"

using namespace Qt::StringLiterals;

// Signing in once: the token AdminRestClient holds, and POST|DELETE /token.

void AdminRestClient::setTokenAuthentication(bool enabled)
{
    m_token.setEnabled(enabled);
}

TypedReply<AccessToken>* AdminRestClient::issueToken()
{
    ApiRequest request{"POST", {u"token"_s}, {}, {}, {}};
    request.auth = ApiRequest::Auth::Password;
    request.changesNothing = true; // signs in: a read-only profile does it too
    return call<AccessToken>(request, &ResponseParser::parseAccessToken);
}

TypedReply<QString>* AdminRestClient::revokeToken()
{
    ApiRequest request{"DELETE", {u"token"_s}, {}, {}, {}};
    request.auth = ApiRequest::Auth::HeldToken;
    request.changesNothing = true; // signs out
    auto* reply = call<QString>(request, &ResponseParser::parseMessage);
    m_token.forget();
    return reply;
}

ApiReply* AdminRestClient::signOut()
{
    const auto pending = m_pending;
    for (const QPointer<ApiReply>& reply : pending) {
        if (reply && reply != m_signIn) {
            reply->cancel();
        }
    }
    m_signedOut = true;
    const BearerToken::State state = m_token.state();
    if (state != BearerToken::State::Held && state != BearerToken::State::Fetching) {
        return nullptr;
    }
    // Sent with the token only: without one, DELETE /token would revoke every token of the account.
    ApiRequest request{"DELETE", {u"token"_s}, {}, {}, {}};
    request.auth = ApiRequest::Auth::HeldToken;
    const QString path = u"/token"_s;
    auto* reply = new TypedReply<QString>(request.method, path, &ResponseParser::parseMessage, nullptr);
    track(reply);
    QPointer<ApiReply> guard(reply);
    auto revoke = [this, guard, request, path] {
        if (!guard || guard->isFinished() || m_destroying) {
            return;
        }
        if (m_token.state() != BearerToken::State::Held) {
            guard->finish({}); // the sign-in ended without a token: nothing to revoke
            return;
        }
        sendNow(
            guard, request, path,
            [guard](const HttpResponse& response) {
                if (guard) {
                    guard->complete(response);
                }
            },
            false);
        m_token.forget();
    };
    if (state == BearerToken::State::Held) {
        revoke();
    } else {
        reply->m_abort = [] {};
        m_token.wait([revoke](const ApiError&) { revoke(); });
    }
    return reply;
}

namespace {

// A failed sign-in that every request would meet as well (the password or the account refused, the
// address throttled, the server out of reach): the requests waiting for the token end with it, unsent.
bool sharedBySignIn(const ApiError& error)
{
    const ApiErrorGroup group = apiErrorGroup(error.kind);
    return group == ApiErrorGroup::Access
        || (group == ApiErrorGroup::Transport && error.kind != ApiError::Kind::ResponseTooLarge);
}

} // namespace

void AdminRestClient::fetchToken()
{
    m_token.fetchStarted();
    if (!m_settings.password.isEmpty() || !m_passwordSource) {
        issueSessionToken();
        return;
    }
    // The password was forgotten with the last token: ask the keychain again. Its answer is taken
    // from the event loop, also when the source gives it at once: the request that asked waits first.
    QPointer<AdminRestClient> self(this);
    m_passwordSource([self](const QString& password) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(), [self, password] { self->signInWith(password); }, Qt::QueuedConnection);
        }
    });
}

void AdminRestClient::signInWith(const QString& password)
{
    if (m_destroying) {
        return;
    }
    if (password.isEmpty()) {
        // Nothing to sign in with: no request goes out with an empty password.
        signInFailed(ApiError::make(
            ApiError::Kind::AuthenticationFailed, 0, {}, u"the password could not be read from the system keychain"_s));
        return;
    }
    m_settings.password = password;
    issueSessionToken();
}

void AdminRestClient::issueSessionToken()
{
    auto* reply = issueToken();
    m_signIn = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            signInFailed(reply->error());
            return;
        }
        const QList<BearerToken::Waiter> waiters = m_token.fetched(reply->value().token);
        if (m_passwordSource) {
            m_settings.password.clear(); // in the keychain only, until the next sign-in
        }
        for (const BearerToken::Waiter& waiter : waiters) {
            waiter({});
        }
    });
}

void AdminRestClient::signInFailed(const ApiError& error)
{
    // Shared (the password refused, no server): the waiting requests end with the error and the next
    // request signs in again. Cancelled (the connection changed): they are sent again, and sign in
    // anew. Anything else (no such route on a published module, a malformed answer): tokens are off,
    // and the password goes with every request.
    const bool shared = sharedBySignIn(error);
    const QList<BearerToken::Waiter> waiters = m_token.fetchFailed(!shared && error.kind != ApiError::Kind::Cancelled);
    for (const BearerToken::Waiter& waiter : waiters) {
        waiter(shared ? error : ApiError{});
    }
}

void AdminRestClient::endUnsent(ApiReply* reply, const ApiError& error)
{
    reply->finish(error);
    RequestRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.method = reply->method();
    record.path = reply->path();
    record.errorKind = error.kind;
    record.message = reply->error().userMessage();
    report(record);
}

bool AdminRestClient::refusedToken(ApiReply* reply, const ApiRequest& request, const QString& path,
    const ResponseHandler& handler, const QByteArray& authorization)
{
    m_token.refused(authorization);
    if (request.auth != ApiRequest::Auth::Session) {
        // DELETE /token: its 401 is reported. Sent again without a token, it would revoke every
        // token of the account.
        return false;
    }
    if (request.idempotent()) {
        send(reply, request, path, handler, true);
        return true;
    }
    // Not sent twice: its 401 is reported, and the next request signs in again.
    if (m_token.state() == BearerToken::State::Missing) {
        fetchToken();
    }
    return false;
}
