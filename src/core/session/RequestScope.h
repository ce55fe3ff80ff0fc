// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiReply.h"

#include <QObject>
#include <QPointer>

#include <utility>

// The one place where stale replies are dropped. A pane (or a core object) keeps one scope per
// thing it loads (its list, the selected item's details) and calls reset() when that thing changes:
// the server, the selection, a newer refresh. Replies and callbacks taken through the scope before
// the reset are then dropped without running their handler, so a slow answer for an old server
// or an old selection never overwrites a newer one.
//
//     m_scope->reset();                                   // a new refresh: older answers are stale
//     auto* reply = session()->roster(owner);
//     m_scope->onFinished(reply, [this, reply] { … });     // runs only if no reset() came between
class RequestScope : public QObject
{
    Q_OBJECT
public:
    // A scope as it was when the ticket was taken: current until the scope is reset or destroyed.
    class Ticket
    {
    public:
        bool isCurrent() const { return m_scope && m_scope->m_generation == m_generation; }

    private:
        friend class RequestScope;
        Ticket(const RequestScope* scope, quint64 generation)
            : m_scope(scope)
            , m_generation(generation)
        {
        }
        QPointer<const RequestScope> m_scope;
        quint64 m_generation = 0;
    };

    explicit RequestScope(QObject* parent = nullptr);

    // Starts a new scope: everything taken through the old one is dropped from now on.
    void reset();
    Ticket ticket() const { return Ticket(this, m_generation); }

    // `handler` wrapped so that it runs (with the same arguments) only while this scope is the one
    // it was wrapped in: for callbacks that are not replies (a password dialog, a keychain look-up).
    template <typename Handler> auto guard(Handler handler) const
    {
        return [ticket = ticket(), handler = std::move(handler)](auto&&... arguments) mutable {
            if (ticket.isCurrent())
                handler(std::forward<decltype(arguments)>(arguments)...);
        };
    }
    // Runs `handler` when `sender` emits `signal`, unless the scope was reset meanwhile.
    template <typename Sender, typename Signal, typename Handler>
    QMetaObject::Connection on(Sender* sender, Signal signal, Handler handler)
    {
        return connect(sender, signal, this, guard(std::move(handler)));
    }
    // Runs `handler` when the reply finishes, unless the scope was reset meanwhile.
    template <typename Handler> QMetaObject::Connection onFinished(ApiReply* reply, Handler handler)
    {
        return on(reply, &ApiReply::finished, std::move(handler));
    }

private:
    quint64 m_generation = 0;
};
