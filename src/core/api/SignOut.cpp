#include "api/SignOut.h"

#include "api/AdminRestClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace {

// The sign-outs under way belong to the application: whatever is left at its end is deleted with it.
QObject* registry()
{
    static QPointer<QObject> registry;
    if (!registry) {
        registry = new QObject(QCoreApplication::instance());
        registry->setObjectName(QStringLiteral("SignOuts"));
    }
    return registry;
}

QList<SignOut*> all()
{
    return registry()->findChildren<SignOut*>(Qt::FindDirectChildrenOnly);
}

} // namespace

SignOut::SignOut(QObject* parent)
    : QObject(parent)
{
}

void SignOut::release(AdminRestClient* client)
{
    if (!client) {
        return;
    }
    QObject::disconnect(client, &AdminRestClient::requestFinished, nullptr, nullptr);
    auto* signOut = new SignOut(registry());
    client->setParent(signOut);
    ApiReply* revocation = client->signOut();
    if (!revocation) {
        signOut->end();
        return;
    }
    connect(revocation, &ApiReply::finished, signOut, &SignOut::end);
    QTimer::singleShot(LimitMs, signOut, &SignOut::end);
}

void SignOut::end()
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    emit ended();
    deleteLater(); // with the client: not from inside its reply's signal
}

int SignOut::underWay()
{
    int count = 0;
    for (const SignOut* signOut : all()) {
        count += signOut->m_ended ? 0 : 1;
    }
    return count;
}

bool SignOut::finishAll(int timeoutMs)
{
    if (underWay() > 0) {
        QEventLoop loop;
        for (SignOut* signOut : all()) {
            connect(signOut, &SignOut::ended, &loop, [&loop] {
                if (underWay() == 0) {
                    loop.quit();
                }
            });
        }
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const bool ended = underWay() == 0;
    qDeleteAll(all());
    return ended;
}
