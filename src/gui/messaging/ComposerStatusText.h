// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct ApiError;
class MessageBanner;
class MessageSendJob;
class RecipientsModel;

// The sentences ComposerWidget shows about its recipients and a send: how many recipients of which
// kind, the send's progress, each recipient's problem, the summary of the outcomes and the banner
// at the end. Translated in ComposerWidget's context, where
// they were written, so that the existing translations keep applying.
class ComposerStatusText
{
public:
    // "5 recipients: 2 online, 1 offline, 2 unknown (skipped when sending)"
    static QString recipients(const RecipientsModel& model);
    // "Sending… 3 of 10 answered"
    static QString progress(const MessageSendJob& job);
    // What went wrong for one recipient, as a sentence (empty for none).
    static QString problemFor(const QString& address, const ApiError& error);
    // The recipients' outcomes by kind: "delivered to 2 online, 1 failed".
    static QString summary(const RecipientsModel& model);
    // Shows how the finished `job` went: success, stopped, or who was not reached and why.
    static void showFinished(MessageBanner& banner, const MessageSendJob& job, const QString& summary);
};
