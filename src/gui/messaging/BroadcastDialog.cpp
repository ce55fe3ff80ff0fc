// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/BroadcastDialog.h"

#include "ui_BroadcastDialog.h"

#include <QHeaderView>

#include <algorithm>

#include "messaging/BroadcastTargetsModel.h"
#include "messaging/DraftStore.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

BroadcastDialog::BroadcastDialog(const QList<BroadcastTarget>& targets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BroadcastDialog>())
    , m_job(new BroadcastJob(targets, this))
    , m_model(new BroadcastTargetsModel(this))
    , m_draft(new DraftStore(QStringLiteral("broadcast"), this))
{
    m_ui->setupUi(this);
    m_ui->optionsWidget->placeInTabOrder(m_ui->messageEdit, m_ui->audienceCombo);
    setTabOrder(m_ui->audienceCombo, m_ui->sendButton);
    m_ui->banner->hide();
    m_model->setJob(m_job);
    m_ui->targetsView->setModel(m_model);
    PlainText::protectViews(this);
    QHeaderView* header = m_ui->targetsView->horizontalHeader();
    header->setSectionResizeMode(BroadcastTargetsModel::ServerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BroadcastTargetsModel::OnlineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BroadcastTargetsModel::ReachedColumn, QHeaderView::ResizeToContents);
    // A few rows: no more height than they need, and no scroll bar for a small fleet.
    const int rows = qBound(1, int(targets.size()), 6);
    const int height = header->sizeHint().height() + rows * m_ui->targetsView->verticalHeader()->defaultSectionSize()
        + 2 * m_ui->targetsView->frameWidth() + 8;
    m_ui->targetsView->setMinimumHeight(height);
    m_ui->targetsView->setMaximumHeight(height);
    m_ui->introLabel->setText(targets.size() > 1
            ? tr("The message goes to every user online right now on each of these %n server(s), from each server's "
                 "own address. Users who are offline do not get it later.",
                nullptr, int(targets.size()))
            : tr("The message goes to every user online right now on this server, from the server's own address. "
                 "Users who are offline do not get it later."));
    m_ui->prefixNote->setText(
        tr("A server may put a prefix before your text (its admin_rest_broadcast_prefix option)."));
    m_ui->prefixNote->setEnabled(false);
    m_ui->retryButton->hide();
    // The preview goes to the operator's account on the first server; fleet targets may run other
    // module versions, so type and subject are offered, and servers without them send "normal".
    if (!targets.isEmpty())
        m_ui->optionsWidget->setPreview(
            targets.first(), [this] { return messageText(); }, m_ui->banner);
    m_ui->audienceCombo->addItem(tr("Everyone online now"), int(BroadcastJob::Audience::Online));
    m_ui->audienceCombo->addItem(tr("Every registered user: those offline get it when they next sign in"),
        int(BroadcastJob::Audience::Registered));
    connect(m_ui->audienceCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_job->setAudience(BroadcastJob::Audience(m_ui->audienceCombo->currentData().toInt())); });
    m_ui->messageEdit->setPlainText(m_draft->draft().text);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &BroadcastDialog::send);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BroadcastDialog::retryFailed);
    connect(m_ui->recountButton, &QPushButton::clicked, m_job, &BroadcastJob::countOnline);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_draft->setDraft({m_ui->messageEdit->toPlainText(), {}});
        updateState();
    });
    connect(m_job, &BroadcastJob::statusChanged, this, &BroadcastDialog::updateState);
    connect(m_job, &BroadcastJob::countsFinished, this, [this] {
        showTotals();
        updateState();
    });
    connect(m_job, &BroadcastJob::sendFinished, this, &BroadcastDialog::broadcastFinished);

    m_job->countOnline();
    updateState();
    resize(640, 480);
}

BroadcastDialog::~BroadcastDialog() = default;

BroadcastDialog* BroadcastDialog::openFor(ServerSession* session, QWidget* parent)
{
    auto* dialog = new BroadcastDialog({BroadcastTarget::of(session)}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Capabilities& caps = session->capabilities();
    dialog->setStyleAvailable(!caps.probed || caps.messageStyle);
    dialog->setAnnounceAvailable(caps.announce);
    if (session->isReadOnly())
        dialog->setReadOnly(tr("This connection is read-only: broadcasting is disabled."));
    dialog->open();
    return dialog;
}

void BroadcastDialog::setReadOnly(const QString& why)
{
    m_readOnlyReason = why;
    updateState();
}

void BroadcastDialog::setStyleAvailable(bool available)
{
    m_ui->optionsWidget->setStyleAvailable(available);
}

void BroadcastDialog::setAnnounceAvailable(bool available)
{
    m_announceAvailable = available;
    if (!available) {
        m_ui->audienceCombo->setCurrentIndex(0);
        m_ui->audienceCombo->setToolTip(tr("This server sends broadcasts to the users online only: reaching every "
                                           "registered user needs this project's admin_rest module (announce)."));
    }
    updateState();
}

void BroadcastDialog::showNote(const QString& text)
{
    m_ui->banner->showMessage(MessageBanner::Type::Warning, text);
}

QString BroadcastDialog::messageText() const
{
    return m_ui->messageEdit->toPlainText();
}

void BroadcastDialog::setMessageText(const QString& text)
{
    m_ui->messageEdit->setPlainText(text);
}

void BroadcastDialog::showTotals()
{
    int failed = 0;
    for (int i = 0; i < m_job->targetCount(); ++i)
        failed += m_job->status(i).countState == BroadcastJob::CountState::Failed ? 1 : 0;
    QString text;
    if (m_job->targetCount() > 1)
        text = tr("%n user(s) online", nullptr, m_job->totalOnline()) + QLatin1Char(' ')
            + tr("on %n server(s).", nullptr, m_job->targetCount() - failed);
    else if (failed == 0)
        text = tr("%n user(s) online now.", nullptr, m_job->totalOnline());
    if (failed > 0)
        text += QLatin1Char(' ') + tr("Could not count on %n server(s).", nullptr, failed);
    m_ui->totalLabel->setText(text.trimmed());
}

void BroadcastDialog::send()
{
    if (m_job->isSending() || !m_readOnlyReason.isEmpty())
        return;
    const QString message = m_ui->messageEdit->toPlainText();
    if (message.trimmed().isEmpty()) {
        m_ui->banner->showMessage(MessageBanner::Type::Warning, tr("Type the message first."));
        m_ui->messageEdit->setFocus();
        return;
    }
    QString question;
    if (m_job->targetCount() == 1) {
        const BroadcastJob::Status& status = m_job->status(0);
        question = status.countState == BroadcastJob::CountState::Counted
            ? tr("Send this message to the %n user(s) online on %1?", nullptr, status.online).arg(m_job->target(0).name)
            : tr("Send this message to everyone online on %1? How many that is could not be counted.")
                  .arg(m_job->target(0).name);
    } else {
        question = tr("Send this message to everyone online on %n server(s)?", nullptr, m_job->targetCount())
            + QLatin1Char(' ') + tr("At the last count that was %n user(s).", nullptr, m_job->totalOnline());
    }
    if (m_job->audience() == BroadcastJob::Audience::Registered)
        question += QLatin1Char('\n')
            + tr("It also goes to every registered user who is offline: they get it when they next sign in.");
    question += QLatin1Char('\n') + tr("A broadcast cannot be called back.");
    MessageBox::confirm(
        this, tr("Send Broadcast?"), question, tr("Send Broadcast"), [this, message] { sendConfirmed(message); },
        QMessageBox::Question);
}

void BroadcastDialog::sendConfirmed(const QString& message)
{
    m_ui->banner->hide();
    m_ui->progressLabel->setText(tr("Sending…"));
    m_job->setStyle(m_ui->optionsWidget->style());
    m_job->send(message);
    updateState();
}

void BroadcastDialog::retryFailed()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    m_ui->banner->hide();
    if (m_job->retryFailed())
        m_ui->progressLabel->setText(tr("Sending again…"));
    updateState();
}

void BroadcastDialog::broadcastFinished()
{
    m_ui->progressLabel->clear();
    const QList<int> failed = m_job->failedTargets();
    const int sent = m_job->countIn(BroadcastJob::SendState::Sent);
    QString reached = m_job->targetCount() > 1 ? tr("Reached %n user(s)", nullptr, m_job->totalReached())
            + QLatin1Char(' ') + tr("on %n server(s).", nullptr, sent)
                                               : tr("Reached %n user(s).", nullptr, m_job->totalReached());
    if (m_job->audience() == BroadcastJob::Audience::Registered) {
        int queued = 0;
        for (int i = 0; i < m_job->targetCount(); ++i)
            queued += std::max(0, m_job->status(i).queued);
        reached += QLatin1Char(' ') + tr("Of those, %n get it when they next sign in.", nullptr, queued);
    }
    if (failed.isEmpty()) {
        m_ui->banner->showMessage(MessageBanner::Type::Success, tr("Broadcast sent.") + QLatin1Char(' ') + reached);
        // Sent everywhere: nothing left to keep as a draft.
        m_draft->clear();
    } else {
        QStringList names;
        for (int i : failed)
            names << m_job->target(i).name;
        QString text = sent > 0 ? reached + QLatin1Char(' ') : QString();
        text += tr("Not sent on %1: %2")
                    .arg(names.join(QStringLiteral(", ")), m_job->status(failed.first()).sendError.userMessage());
        text += QLatin1Char(' ') + tr("Retry Failed Servers sends it again to those only.");
        m_ui->banner->showMessage(sent > 0 ? MessageBanner::Type::Warning : MessageBanner::Type::Error, text);
    }
    updateState();
    emit sendFinished();
}

void BroadcastDialog::updateState()
{
    const bool sending = m_job->isSending();
    const bool counting = m_job->isCounting();
    QString why = m_readOnlyReason;
    if (why.isEmpty() && counting)
        why = tr("Counting the users online…");
    m_ui->sendButton->setEnabled(why.isEmpty() && !sending);
    m_ui->optionsWidget->setPreviewEnabled(why.isEmpty() && !sending);
    m_ui->sendButton->setToolTip(why.isEmpty() ? tr("Asks for confirmation first.") : why);
    m_ui->recountButton->setEnabled(!counting && !sending);
    m_ui->messageEdit->setReadOnly(sending);
    m_ui->audienceCombo->setEnabled(m_announceAvailable && !sending);
    const qsizetype failed = m_job->failedTargets().size();
    m_ui->retryButton->setVisible(failed > 0 && !sending);
    m_ui->retryButton->setEnabled(m_readOnlyReason.isEmpty());
}
