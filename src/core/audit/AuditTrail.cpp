// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "audit/AuditTrail.h"

#include "bulk/CsvWriter.h"
#include "logging/LogCategories.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions privateMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

// The forms both export formats and the trail file share: UTC time with milliseconds, and the
// error kind by name (empty without an error).
QString timeText(const RequestRecord& r)
{
    return r.started.toUTC().toString(Qt::ISODateWithMs);
}

QString errorName(ApiError::Kind kind)
{
    return kind == ApiError::Kind::None
        ? QString()
        : QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(kind)));
}

QJsonObject toJson(const LoggedRequest& entry)
{
    const RequestRecord& r = entry.record;
    QJsonObject object{
        {u"time"_s, timeText(r)},
        {u"method"_s, QString::fromLatin1(r.method)},
        {u"path"_s, r.path},
        {u"status"_s, r.httpStatus},
        {u"durationMs"_s, r.durationMs},
        {u"message"_s, r.message},
    };
    if (r.errorKind != ApiError::Kind::None)
        object.insert(u"error"_s, errorName(r.errorKind));
    if (entry.probe)
        object.insert(u"probe"_s, true);
    return object;
}

QStringList csvHeader()
{
    return {u"time"_s, u"method"_s, u"path"_s, u"status"_s, u"duration_ms"_s, u"error"_s, u"message"_s, u"probe"_s};
}

} // namespace

AuditTrail::AuditTrail(QObject* parent)
    : QObject(parent)
{
}

AuditTrail::~AuditTrail() = default;

QString AuditTrail::fileForProfile(const QUuid& profileId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit/"_s
        + profileId.toString(QUuid::WithoutBraces) + u".jsonl"_s;
}

AuditTrail::Contents AuditTrail::read(const QString& path, int maximumEntries, qint64 bytes)
{
    Contents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return contents;
    while (!file.atEnd() && (bytes < 0 || file.pos() < bytes)) {
        const QByteArray line = file.readLine();
        ++contents.lines;
        LoggedRequest entry;
        if (fromJsonLine(line, entry))
            contents.entries.append(entry);
    }
    if (contents.entries.size() > maximumEntries)
        contents.entries.remove(0, contents.entries.size() - maximumEntries);
    return contents;
}

void AuditTrail::open(const QString& path)
{
    m_loading.disconnect(this);
    m_file.close();
    m_error.clear();
    m_lines = 0;
    if (path.isEmpty())
        return;
    m_file.setFileName(path);
    if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath())) {
        m_error = tr("Cannot create the folder of the audit trail %1.").arg(path);
        qCWarning(lcAudit) << "Cannot create the folder of" << path;
        return;
    }
    // Created readable by its owner only: it names the servers and accounts the operator manages.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Text, privateMode)) {
        m_error = tr("Cannot open the audit trail %1: %2").arg(path, m_file.errorString());
        qCWarning(lcAudit) << "Cannot open" << path << m_file.errorString();
        return;
    }
    PrivateFiles::restrictFile(path);
    qCDebug(lcAudit) << "Audit trail" << path << "opened," << m_file.size() << "bytes";
    // Only what is there now: lines appended while the worker reads are counted as they are written.
    const qint64 bytes = m_file.size();
    const int maximum = m_maximumEntries;
    connect(&m_loading, &QFutureWatcherBase::finished, this, [this] {
        const Contents contents = m_loading.result();
        m_lines += contents.lines;
        emit loaded(contents.entries);
        if (m_lines > m_maximumEntries)
            compact();
    });
    m_loading.setFuture(QtConcurrent::run([path, maximum, bytes] { return read(path, maximum, bytes); }));
}

void AuditTrail::append(const RequestRecord& record, bool probe)
{
    if (!m_file.isOpen())
        return;
    if (m_file.write(toJsonLine({record, probe})) < 0 || !m_file.flush()) {
        m_error = tr("Cannot write to the audit trail %1: %2").arg(m_file.fileName(), m_file.errorString());
        qCWarning(lcAudit) << "Cannot write to" << m_file.fileName() << m_file.errorString();
        return;
    }
    ++m_lines;
    compactIfFull();
}

void AuditTrail::compactIfFull()
{
    // Not while the worker reads: the count of lines is known once it is done.
    if (m_lines > 2 * m_maximumEntries && !m_loading.isRunning())
        compact();
}

void AuditTrail::setMaximumEntries(int maximum)
{
    m_maximumEntries = std::max(1, maximum);
}

void AuditTrail::compact()
{
    // Keep the newest half of the cap, written atomically; then go on appending to the new file.
    m_file.seek(0);
    QList<QByteArray> lines;
    while (!m_file.atEnd())
        lines.append(m_file.readLine());
    const qsizetype keep = std::min<qsizetype>(lines.size(), m_maximumEntries / 2 + 1);
    QSaveFile out(m_file.fileName());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    for (qsizetype i = lines.size() - keep; i < lines.size(); ++i)
        out.write(lines.at(i));
    const QString path = m_file.fileName();
    if (!out.commit()) {
        qCWarning(lcAudit) << "Cannot compact" << path << out.errorString();
        return;
    }
    PrivateFiles::restrictFile(path);
    qCDebug(lcAudit) << "Audit trail" << path << "compacted to" << keep << "entries";
    m_file.close();
    m_file.setFileName(path);
    if (m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Text))
        m_lines = int(keep);
}

QByteArray AuditTrail::toJsonLine(const LoggedRequest& entry)
{
    return QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
}

bool AuditTrail::fromJsonLine(const QByteArray& line, LoggedRequest& entry)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QDateTime started = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!started.isValid())
        return false;
    entry.record.started = started;
    entry.record.method = object.value(u"method"_s).toString().toLatin1();
    entry.record.path = object.value(u"path"_s).toString();
    entry.record.httpStatus = object.value(u"status"_s).toInt();
    entry.record.durationMs = qint64(object.value(u"durationMs"_s).toDouble());
    entry.record.message = object.value(u"message"_s).toString();
    bool known = false;
    const int kind = QMetaEnum::fromType<ApiError::Kind>().keyToValue(
        object.value(u"error"_s).toString(u"None"_s).toLatin1().constData(), &known);
    // An error named by a later version of the console is still an error.
    entry.record.errorKind = known ? ApiError::Kind(kind) : ApiError::Kind::HttpError;
    entry.probe = object.value(u"probe"_s).toBool();
    return true;
}

bool AuditTrail::exportCsv(const QList<LoggedRequest>& entries, QIODevice* device)
{
    QByteArray out = CsvWriter::byteOrderMark() + CsvWriter::row(csvHeader());
    for (const LoggedRequest& entry : entries) {
        const RequestRecord& r = entry.record;
        out += CsvWriter::row({timeText(r), QString::fromLatin1(r.method), r.path, QString::number(r.httpStatus),
            QString::number(r.durationMs), errorName(r.errorKind), r.message, entry.probe ? u"yes"_s : QString()});
    }
    return device->write(out) == out.size();
}

bool AuditTrail::exportJson(const QList<LoggedRequest>& entries, QIODevice* device)
{
    QJsonArray array;
    for (const LoggedRequest& entry : entries)
        array.append(toJson(entry));
    const QByteArray out = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return device->write(out) == out.size();
}
