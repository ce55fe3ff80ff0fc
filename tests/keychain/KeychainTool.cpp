// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
// A separate process for the keychain tests: reads, writes or removes one entry of the console's
// keychain service, so a test can check what a fresh process finds.
//   pac_keychain_tool read <key>            → status=<Ok|NotFound|…> and secret=<…> on stdout
//   pac_keychain_tool write <key> <secret>  → status=…
//   pac_keychain_tool remove <key>          → status=…
#include "profiles/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || (args.first() == QLatin1String("write") && args.size() < 3)) {
        std::fprintf(stderr, "usage: pac_keychain_tool read|write|remove <key> [secret]\n");
        return 2;
    }
    KeychainCredentialStore store;
    auto print = [](const CredentialStore::Result& result) {
        const char* status = QMetaEnum::fromType<CredentialStore::Status>().valueToKey(int(result.status));
        std::printf("status=%s\nsecret=%s\ndetail=%s\n", status, qPrintable(result.secret), qPrintable(result.detail));
        std::fflush(stdout);
        QCoreApplication::quit();
    };
    const QString& command = args.at(0);
    const QString& key = args.at(1);
    if (command == QLatin1String("read"))
        store.read(key, &app, print);
    else if (command == QLatin1String("write"))
        store.write(key, args.at(2), &app, print);
    else if (command == QLatin1String("remove"))
        store.remove(key, &app, print);
    else
        return 2;
    return QCoreApplication::exec();
}
