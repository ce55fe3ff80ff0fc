#include "messaging/DraftStore.h"

#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {
QString safeName(const QString& name)
{
    QString result;
    for (const QChar c : name)
        result += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    return result.isEmpty() ? QStringLiteral("draft") : result;
}
} // namespace

DraftStore::DraftStore(const QString& name, QObject* parent)
    : QObject(parent)
    , m_path(directory() + QLatin1Char('/') + safeName(name) + QStringLiteral(".json"))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &DraftStore::flush);
    m_draft = load();
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

DraftStore::Draft DraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Draft draft;
    draft.text = object.value(u"text").toString();
    for (const QJsonValue& value : object.value(u"recipients").toArray()) {
        if (value.isString() && !value.toString().isEmpty())
            draft.recipients << value.toString();
    }
    return draft;
}

void DraftStore::setDraft(const Draft& draft)
{
    if (draft == m_draft && !m_dirty)
        return;
    m_draft = draft;
    m_dirty = true;
    m_timer->start();
}

void DraftStore::flush()
{
    m_timer->stop();
    if (!m_dirty)
        return;
    if (write()) {
        m_dirty = false;
        emit saved();
    }
}

void DraftStore::clear()
{
    m_timer->stop();
    m_draft = {};
    m_dirty = false;
    QFile::remove(m_path);
}

void DraftStore::setDebounceMs(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

int DraftStore::debounceMs() const
{
    return m_timer->interval();
}

bool DraftStore::write()
{
    if (m_draft.isEmpty()) {
        // Nothing worth keeping: no file rather than an empty one.
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            emit saveFailed(tr("Could not remove the old draft %1.").arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        return true;
    }
    if (!PrivateFiles::makeFolder(directory())) {
        emit saveFailed(tr("Could not create the folder %1 for drafts.").arg(QDir::toNativeSeparators(directory())));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit saveFailed(
            tr("Could not save the draft to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    const QJsonObject object{
        {QStringLiteral("text"), m_draft.text},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(m_draft.recipients)},
    };
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        emit saveFailed(
            tr("Could not save the draft to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    PrivateFiles::restrictFile(m_path);
    return true;
}
