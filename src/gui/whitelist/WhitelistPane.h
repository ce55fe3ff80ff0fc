// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/Pane.h"

#include <functional>
#include <memory>

class QSortFilterProxyModel;
class RequestScope;
class WhitelistModel;
namespace Ui {
class WhitelistPane;
}

// admin_rest's address whitelist: list, add, remove, with the lock-out dangers of the contract spelt
// out before each change: the first address turns the whitelist on; on the published versions the
// last one removed leaves nobody allowed, and on Prosody 0.12 any address added locks everyone out.
class WhitelistPane : public Pane
{
    Q_OBJECT
public:
    explicit WhitelistPane(ServerSession* session, QWidget* parent = nullptr);
    ~WhitelistPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    WhitelistModel* model() const { return m_model; }

protected:
    void sessionConnected() override;
    void sessionDisconnected() override;

private:
    void addTyped();
    void removeSelected();
    // Adds (or removes) the addresses one after the other, stopping at the first failure.
    void runSequence(const QStringList& addresses, bool add, const std::function<void(bool allDone)>& done);
    void fillOwnAddresses();
    // This computer's address as chosen in the pane, validated; empty (with the reason shown) when invalid.
    QString ownAddress();
    void updateState();
    void updateActions();
    bool removingLastTurnsOff() const;

    std::unique_ptr<Ui::WhitelistPane> m_ui;
    WhitelistModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequestScope* m_scope = nullptr; // the list's replies, and those of the changes made to it
    bool m_loaded = false;
    // The published module's empty-but-on state, after this console removed the last address.
    bool m_lockedOut = false;
    bool m_busy = false;
};
