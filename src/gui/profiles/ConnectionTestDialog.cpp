// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "profiles/ConnectionTestDialog.h"

#include "ui_ConnectionTestDialog.h"

#include <QPixmap>
#include <QPushButton>
#include <QStyle>

#include "profiles/ProfileCertificateDialog.h"
#include "widgets/PlainText.h"

namespace {
constexpr int StateRole = Qt::UserRole;

QList<ProfileProbe::Step> allSteps()
{
    using Step = ProfileProbe::Step;
    return {Step::Connect, Step::Api, Step::SignIn, Step::AdminRights, Step::Capabilities};
}
} // namespace

ConnectionTestDialog::ConnectionTestDialog(const Profile& profile, const QString& password, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestDialog>())
    , m_profile(profile)
    , m_password(password)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    PlainText::setWindowTitle(this, tr("Test Connection — %1").arg(profile.name));
    PlainText::setText(m_ui->introLabel,
        tr("Testing “%1” at %2 as %3.").arg(profile.name, profile.baseUrl.toDisplayString(), profile.adminJid));
    m_ui->stepsList->setIconSize(QSize(20, 20));
    PlainText::protectViews(this);
    for (ProfileProbe::Step step : allSteps()) {
        auto* item = new QListWidgetItem(ProfileProbe::stepName(step), m_ui->stepsList);
        item->setData(StateRole, int(StepState::Pending));
    }
    m_ui->resultBanner->hide();
    m_ui->certificateButton->hide();
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &ConnectionTestDialog::showCertificate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    start();
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // Deleted with the dialog, a running probe cancels its request and reports that: not to this
    // dialog, whose destructor has run by then (closing the dialog during a test crashed).
    if (m_probe)
        m_probe->disconnect(this);
}

bool ConnectionTestDialog::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

void ConnectionTestDialog::start()
{
    if (isRunning())
        return;
    delete m_probe;
    m_hasResult = false;
    m_ui->resultBanner->hide();
    m_ui->certificateButton->hide();
    m_ui->retryButton->setEnabled(false);
    for (ProfileProbe::Step step : allSteps())
        setStep(step, StepState::Pending);
    setStep(ProfileProbe::Step::Connect, StepState::Running);
    m_probe = new ProfileProbe(m_profile.connectionSettings(m_password), this);
    connect(m_probe, &ProfileProbe::finished, this, &ConnectionTestDialog::showResult);
    m_probe->start();
}

void ConnectionTestDialog::showResult(const ProfileProbeResult& result)
{
    m_result = result;
    m_hasResult = true;
    m_ui->retryButton->setEnabled(true);
    if (!result.ok()) {
        const ApiError& error = result.error();
        const ProfileProbe::Step failed = ProfileProbe::failedStep(error);
        for (ProfileProbe::Step step : allSteps()) {
            if (step < failed)
                setStep(step, StepState::Passed);
            else if (step == failed)
                setStep(step, StepState::Failed, error.title());
            else
                setStep(step, StepState::Skipped, tr("not checked"));
        }
        m_ui->resultBanner->showMessage(MessageBanner::Type::Error, error.userMessage());
        m_ui->certificateButton->setVisible(error.kind == ApiError::Kind::Tls && !error.peerCertificateChain.isEmpty());
        emit testFinished(result);
        return;
    }
    const Capabilities& caps = result.capabilities;
    for (ProfileProbe::Step step : allSteps())
        setStep(step, StepState::Passed);
    const QString version = caps.prosodyVersion.isEmpty()
        ? caps.flavorName()
        : tr("Prosody %1, %2").arg(caps.prosodyVersion, caps.flavorName());
    setStep(ProfileProbe::Step::Capabilities, StepState::Passed, version);
    QString summary = tr("Everything works: %1 is an administrator of %2 (%3).")
                          .arg(m_profile.adminJid, m_profile.baseUrl.toDisplayString(), version);
    if (result.connectedUsers >= 0)
        summary += QLatin1Char(' ') + tr("%n user(s) connected.", nullptr, result.connectedUsers);
    if (caps.actsAcrossHosts())
        summary += QLatin1Char('\n') + caps.crossHostWarning();
    m_ui->resultBanner->showMessage(
        caps.actsAcrossHosts() ? MessageBanner::Type::Warning : MessageBanner::Type::Success, summary);
    emit testFinished(result);
}

void ConnectionTestDialog::setStep(ProfileProbe::Step step, StepState state, const QString& detail)
{
    QListWidgetItem* item = m_ui->stepsList->item(int(step));
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    QString text = ProfileProbe::stepName(step);
    switch (state) {
    case StepState::Pending:
        break;
    case StepState::Running:
        icon = QStyle::SP_BrowserReload;
        text = tr("%1 …").arg(text);
        break;
    case StepState::Passed:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case StepState::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case StepState::Skipped:
        break;
    }
    if (!detail.isEmpty())
        text = tr("%1: %2").arg(text, detail);
    item->setText(text);
    if (icon == QStyle::SP_CustomBase) {
        // An empty picture of the same size keeps the texts aligned.
        QPixmap blank(m_ui->stepsList->iconSize());
        blank.fill(Qt::transparent);
        item->setIcon(QIcon(blank));
    } else {
        item->setIcon(style()->standardIcon(icon));
    }
    item->setData(StateRole, int(state));
    item->setForeground(state == StepState::Skipped || state == StepState::Pending
            ? palette().brush(QPalette::PlaceholderText)
            : palette().brush(QPalette::Text));
}

ConnectionTestDialog::StepState ConnectionTestDialog::stepState(ProfileProbe::Step step) const
{
    return StepState(m_ui->stepsList->item(int(step))->data(StateRole).toInt());
}

QString ConnectionTestDialog::resultText() const
{
    return m_ui->resultBanner->isHidden() ? QString() : m_ui->resultBanner->text();
}

void ConnectionTestDialog::showCertificate()
{
    const ApiError& error = m_result.error();
    if (error.peerCertificateChain.isEmpty())
        return;
    auto* dialog = new ProfileCertificateDialog(
        error.peerCertificateChain.first(), error.server, error.detail, m_profile.pinnedCertificateSha256, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_profile.pinnedCertificateSha256 = dialog->pin();
        emit certificatePinned(dialog->pin());
        start();
    });
    dialog->open();
}
