#include "api/AdminRestClient.h"

#include "api/AdminRestClientCall.h"
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

void AdminRestClient::fetchToken()
{
    m_token.fetchStarted();
    if (!m_settings.password.isEmpty() || !m_passwordSource) {
        issueSessionToken();
        return;
    }
    // The password was forgotten with the last token: ask the keychain again.
    QPointer<AdminRestClient> self(this);
    m_passwordSource([self](const QString& password) {
        if (self && !self->m_destroying) {
            self->m_settings.password = password;
            self->issueSessionToken();
        }
    });
}

void AdminRestClient::issueSessionToken()
{
    auto* reply = issueToken();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        QList<BearerToken::Waiter> waiters;
        if (reply->ok()) {
            waiters = m_token.fetched(reply->value().token);
            if (m_passwordSource) {
                m_settings.password.clear(); // in the keychain only, until the next sign-in
            }
        } else {
            // Cancelled (the connection changed): the next request tries again. Anything else (the
            // password refused, no such route, throttled): the password goes with every request, and
            // reports what is wrong with it.
            waiters = m_token.fetchFailed(reply->error().kind != ApiError::Kind::Cancelled);
        }
        for (const BearerToken::Waiter& waiter : waiters) {
            waiter();
        }
    });
}

bool AdminRestClient::refusedToken(ApiReply* reply, const ApiRequest& request, const QString& path,
    const ResponseHandler& handler, const QByteArray& authorization)
{
    m_token.refused(authorization);
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
