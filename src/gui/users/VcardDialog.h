// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class ServerSession;
namespace Ui {
class VcardDialog;
}

// Shows and edits one user's vCard as the raw text the server stores (GET/PUT /vcards/<u>).
// Save stays disabled until the current vCard was read (or the server said there is none), so a
// failed read can never be saved over the real one.
class VcardDialog : public QDialog
{
    Q_OBJECT
public:
    VcardDialog(ServerSession* session, const QString& jid, bool readOnly, QWidget* parent = nullptr);
    ~VcardDialog() override;

    bool isLoaded() const { return m_loaded; }

signals:
    void saved(const QString& jid);

private:
    static constexpr int MaximumLinesWrittenOut = 5;

    void load();
    void save();
    void updateSaveButton();
    void warnOfHiddenCharacters(const QString& vcard);

    std::unique_ptr<Ui::VcardDialog> m_ui;
    QPointer<ServerSession> m_session;
    QString m_jid;
    bool m_readOnly = false;
    bool m_loaded = false;
    bool m_busy = false;
};
