// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "PaneHarness.h"
#include "session/ServerSession.h"

#include <QSize>

#include <memory>

// A pane of its own, on a session of its own, against a second sandbox that emulates the published
// admin_rest module: what a GUI test needs to see how a pane copes with such a server.
template <typename Pane> class EmulatedPane
{
public:
    explicit EmulatedPane(QObject* parent)
        : harness(parent)
    {
    }

    // Starts the sandbox (see PaneHarness::startEmulating: false when the test was skipped or failed,
    // and the test function returns), then shows the pane at `size` with its session not yet connected.
    bool start(const QString& flavor, int users, int bots, QSize size)
    {
        if (!harness.startEmulating(flavor, users, bots))
            return false;
        pane = std::make_unique<Pane>(&session);
        pane->resize(size);
        pane->show();
        return true;
    }

    bool connectSession() { return harness.connectSession(&session); }

    PaneHarness harness;
    ServerSession session;
    std::unique_ptr<Pane> pane;
};
