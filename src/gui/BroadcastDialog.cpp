#include "BroadcastDialog.h"

#include "ui_BroadcastDialog.h"

#include <QHeaderView>

#include "BroadcastTargetsModel.h"
#include "DraftStore.h"
#include "MessageBox.h"
#include "ServerSession.h"

BroadcastDialog::BroadcastDialog(const QList<BroadcastTarget>& targets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BroadcastDialog>())
    , m_job(new BroadcastJob(targets, this))
    , m_model(new BroadcastTargetsModel(this))
    , m_draft(new DraftStore(QStringLiteral("broadcast"), this))
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    m_model->setJob(m_job);
    m_ui->targetsView->setModel(m_model);
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
    auto* dialog = new BroadcastDialog({{session->displayName(), session->client()}}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    question += QLatin1Char('\n') + tr("A broadcast cannot be called back.");
    MessageBox::confirm(
        this, tr("Send Broadcast?"), question, tr("Send Broadcast"), [this, message] { sendConfirmed(message); },
        QMessageBox::Question);
}

void BroadcastDialog::sendConfirmed(const QString& message)
{
    m_ui->banner->hide();
    m_ui->progressLabel->setText(tr("Sending…"));
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
    const QString reached = m_job->targetCount() > 1 ? tr("Reached %n user(s)", nullptr, m_job->totalReached())
            + QLatin1Char(' ') + tr("on %n server(s).", nullptr, sent)
                                                     : tr("Reached %n user(s).", nullptr, m_job->totalReached());
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
    m_ui->sendButton->setToolTip(why.isEmpty() ? tr("Asks for confirmation first.") : why);
    m_ui->recountButton->setEnabled(!counting && !sending);
    m_ui->messageEdit->setReadOnly(sending);
    const qsizetype failed = m_job->failedTargets().size();
    m_ui->retryButton->setVisible(failed > 0 && !sending);
    m_ui->retryButton->setEnabled(m_readOnlyReason.isEmpty());
}
