// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "api/SignOut.h"

#include "api/AdminRestClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace {

QPointer<QObject>& registryPointer()
{
    static QPointer<QObject> registry;
    return registry;
}

// Deletes what is left of the sign-outs, their clients with them, while the application is still
// whole: QCoreApplication calls its post routines before it clears its instance. Deleted later, as its
// child, a client's network thread could still deliver an event once there is no instance to deliver
// it through (a crash at exit, seen under AddressSanitizer in the end-to-end tests).
void deleteRegistry()
{
    delete registryPointer().data();
}

// The sign-outs under way belong to the application: whatever is left at its end is deleted then.
QObject* registry()
{
    QPointer<QObject>& registry = registryPointer();
    if (!registry) {
        registry = new QObject(QCoreApplication::instance());
        registry->setObjectName(QStringLiteral("SignOuts"));
        qAddPostRoutine(&deleteRegistry);
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
