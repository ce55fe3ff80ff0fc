// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/DraftStore.h"

#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace {
QString safeName(const QString& name)
{
    QString result;
    for (const QChar c : name)
        result += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    return result.isEmpty() ? QStringLiteral("draft") : result;
}

// The drafts folder belongs to one console process at a time, the first to write there (a lock file
// held until it exits): 0 when this process owns it, else the owner's process id (-1: unknown).
qint64 otherOwner()
{
    static std::unique_ptr<QLockFile> lock;
    static QString lockedFolder;
    const QString folder = DraftStore::directory();
    if (lock && lockedFolder == folder)
        return 0;
    auto candidate = std::make_unique<QLockFile>(folder + QStringLiteral("/.owner.lock"));
    candidate->setStaleLockTime(0); // stale only when its process is gone
    if (candidate->tryLock(0)) {
        PrivateFiles::restrictFile(candidate->fileName());
        lock = std::move(candidate);
        lockedFolder = folder;
        return 0;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    return candidate->getLockInfo(&pid, &host, &application) && pid > 0 ? pid : -1;
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
    if (QFile::exists(m_path) && otherOwner() == 0)
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
        // Nothing worth keeping: no file rather than an empty one (the owner's to remove).
        if (QFile::exists(m_path) && otherOwner() == 0 && !QFile::remove(m_path)) {
            emit saveFailed(tr("Could not remove the old draft %1.").arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        return true;
    }
    if (!PrivateFiles::makeFolder(directory())) {
        emit saveFailed(tr("Could not create the folder %1 for drafts.").arg(QDir::toNativeSeparators(directory())));
        return false;
    }
    if (const qint64 owner = otherOwner()) {
        emit saveFailed(
            tr("Another console (process %1) keeps the drafts; this window's draft is not saved.").arg(owner));
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
