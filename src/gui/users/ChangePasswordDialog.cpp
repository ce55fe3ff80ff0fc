#include "users/ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

#include "api/AdminRestClient.h"
#include "widgets/PlainText.h"
#include "session/ServerSession.h"
#include "input/UserReference.h"

ChangePasswordDialog::ChangePasswordDialog(ServerSession* session, const QString& jid, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_session(session)
    , m_jid(jid)
{
    m_ui->setupUi(this);
    m_ui->banner->hide();
    PlainText::setWindowTitle(this, tr("Change Password of %1").arg(jid));
    PlainText::setText(m_ui->introLabel, tr("New password for %1:").arg(jid));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordFields->focusPassword();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    m_ui->banner->hide();
    if (!m_ui->passwordFields->checkBeforeSubmit())
        return;
    if (!m_session || !m_session->client()) {
        m_ui->banner->showMessage(MessageBanner::Type::Error, tr("Not connected to a server."));
        return;
    }
    setBusy(true);
    auto* reply = m_session->client()->changePassword(
        UserReference::forPath(m_jid, m_session->client()->domain()), m_ui->passwordFields->password());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(false);
        if (!reply->ok()) {
            m_ui->banner->showError(reply->error(), tr("Could not change the password of %1.").arg(m_jid));
            return;
        }
        emit passwordChanged(m_jid);
        accept();
    });
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->passwordFields->setEnabledForInput(!busy);
}
