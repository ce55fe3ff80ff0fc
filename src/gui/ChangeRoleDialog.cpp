#include "ChangeRoleDialog.h"

#include "ui_ChangeRoleDialog.h"

#include <QPushButton>

#include "AdminRestClient.h"
#include "PlainText.h"
#include "ServerSession.h"
#include "UserReference.h"

ChangeRoleDialog::ChangeRoleDialog(ServerSession* session, const QStringList& jids, const QStringList& knownRoles,
    const QString& currentRole, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeRoleDialog>())
    , m_session(session)
    , m_jids(jids)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    PlainText::setText(m_ui->introLabel,
        jids.size() == 1
            ? tr("New role for %1:").arg(jids.first())
            : tr("New role for %n users: %1", nullptr, int(jids.size())).arg(jids.join(QStringLiteral(", "))));
    QStringList roles = builtInRoles();
    for (const QString& role : knownRoles) {
        if (!roles.contains(role))
            roles.append(role);
    }
    m_ui->roleCombo->addItems(roles);
    if (!currentRole.isEmpty())
        m_ui->roleCombo->setCurrentText(currentRole);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Role"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->roleCombo, &QComboBox::editTextChanged, m_ui->roleHint, &InputHintLabel::clearHint);
}

ChangeRoleDialog::~ChangeRoleDialog() = default;

QStringList ChangeRoleDialog::builtInRoles()
{
    return {QStringLiteral("prosody:operator"), QStringLiteral("prosody:admin"), QStringLiteral("prosody:member"),
        QStringLiteral("prosody:user"), QStringLiteral("prosody:registered"), QStringLiteral("prosody:guest")};
}

void ChangeRoleDialog::submit()
{
    if (m_busy)
        return;
    const QString role = m_ui->roleCombo->currentText().trimmed();
    if (role.isEmpty()) {
        m_ui->roleHint->showError(tr("Choose or type a role, for example prosody:admin."));
        return;
    }
    if (role.contains(QLatin1Char(' '))) {
        m_ui->roleHint->showError(tr("A role id contains no spaces, for example prosody:admin."));
        return;
    }
    if (!m_session || !m_session->client()) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, tr("Not connected to a server."));
        return;
    }
    m_ui->banner->hide();
    m_role = role;
    // After a partial failure, a new attempt goes to every user again: setting a role is idempotent.
    m_remaining = m_jids;
    m_failures.clear();
    setBusy(true);
    next();
}

void ChangeRoleDialog::next()
{
    if (m_remaining.isEmpty()) {
        setBusy(false);
        if (m_failures.isEmpty()) {
            accept();
            return;
        }
        m_ui->banner->showMessage(MessageBanner::Type::Error, m_failures.join(QLatin1Char('\n')));
        return;
    }
    if (!m_session || !m_session->client()) {
        setBusy(false);
        return;
    }
    const QString jid = m_remaining.takeFirst();
    auto* reply = m_session->client()->setRole(UserReference::forPath(jid, m_session->client()->domain()), m_role);
    connect(reply, &ApiReply::finished, this, [this, reply, jid] {
        if (reply->ok())
            emit roleChanged(jid, m_role);
        else
            m_failures.append(tr("%1: %2").arg(jid, reply->error().userMessage()));
        next();
    });
}

void ChangeRoleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->roleCombo->setEnabled(!busy);
}
