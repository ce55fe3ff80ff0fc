// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/CredentialStore.h"

#include <QCoreApplication>

QString CredentialStore::userMessage(Operation operation, const Result& result)
{
    const QString detail = result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail);
    if (result.status == Status::Ok || result.status == Status::NotFound)
        return {};
    if (operation == Operation::Remove) {
        return QCoreApplication::translate("CredentialStore",
            "The saved password could not be removed from the system keychain%1. Remove it with the "
            "keychain's own tool if it is still there.")
            .arg(detail);
    }
    switch (result.status) {
    case Status::Ok:
    case Status::NotFound:
        return {};
    case Status::Unavailable:
        return QCoreApplication::translate("CredentialStore",
            "No system keychain is available%1. The password is kept for this session only and is not saved "
            "anywhere; you will be asked for it again next time.")
            .arg(detail);
    case Status::Denied:
        return QCoreApplication::translate("CredentialStore",
            "The system keychain refused access%1. The password is kept for this session only; unlock the "
            "keychain to have it remembered.")
            .arg(detail);
    case Status::Failed:
        return QCoreApplication::translate(
            "CredentialStore", "The system keychain failed%1. The password is kept for this session only.")
            .arg(detail);
    }
    return {};
}
