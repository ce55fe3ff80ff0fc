// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/ComposerStatusText.h"

#include <QtTest>

#include "api/ApiError.h"
#include "messaging/RecipientsModel.h"

class TestComposerStatusText : public QObject
{
    Q_OBJECT

private slots:
    void recipientsByKind();
    void outcomeSummary();
    void problemForRecipient();
};

void TestComposerStatusText::recipientsByKind()
{
    RecipientsModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(ComposerStatusText::recipients(model), QStringLiteral("No recipients yet."));
    const QStringList addresses = model.addRecipients(
        {QStringLiteral("a@example.org"), QStringLiteral("b@example.org"), QStringLiteral("c@example.org")});
    QCOMPARE(addresses.size(), 3);
    model.setExistence(addresses.at(0), RecipientChecker::Existence::Exists, true);
    model.setExistence(addresses.at(1), RecipientChecker::Existence::Exists, false);
    model.setExistence(addresses.at(2), RecipientChecker::Existence::Unknown, false);
    QCOMPARE(ComposerStatusText::recipients(model),
        QStringLiteral("3 recipient(s): 1 online, 1 offline, 1 unknown (skipped when sending)"));
}

void TestComposerStatusText::outcomeSummary()
{
    RecipientsModel model;
    QCOMPARE(ComposerStatusText::summary(model), QString());
    const QStringList addresses
        = model.addRecipients({QStringLiteral("a@example.org"), QStringLiteral("b@example.org")});
    model.setOutcome(addresses.at(0), MessageSendJob::Outcome::Delivered);
    model.setOutcome(addresses.at(1), MessageSendJob::Outcome::Failed);
    QCOMPARE(ComposerStatusText::summary(model), QStringLiteral("delivered to 1 online, 1 failed"));
}

void TestComposerStatusText::problemForRecipient()
{
    QCOMPARE(ComposerStatusText::problemFor(QStringLiteral("a@example.org"), ApiError()), QString());
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    QCOMPARE(ComposerStatusText::problemFor(QStringLiteral("a@example.org"), cancelled), QString());
    ApiError unknownHost;
    unknownHost.kind = ApiError::Kind::UnknownVirtualHost;
    QCOMPARE(ComposerStatusText::problemFor(QStringLiteral("a@example.org"), unknownHost),
        QStringLiteral("This server does not serve example.org."));
}

QTEST_GUILESS_MAIN(TestComposerStatusText)
#include "TestComposerStatusText.moc"
