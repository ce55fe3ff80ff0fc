// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "modules/ModulesPane.h"

#include "ui_ModulesPane.h"

#include "models/ModulesModel.h"
#include "operations/ChangeModules.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

ModulesPane::ModulesPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::ModulesPane>())
    , m_model(new ModulesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new RequestScope(this))
    , m_changesScope(new RequestScope(this))
{
    m_ui->setupUi(contentWidget());
    addContextAction(m_ui->modulesView, m_ui->reloadButton, QKeySequence(Qt::CTRL | Qt::Key_R));
    addContextAction(m_ui->modulesView, m_ui->unloadButton, QKeySequence::Delete);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ModulesModel::NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->modulesView->setModel(m_proxy);
    m_ui->modulesView->sortByColumn(ModulesModel::NameColumn, Qt::AscendingOrder);
    m_ui->modulesView->horizontalHeader()->setSectionResizeMode(ModulesModel::NameColumn, QHeaderView::Stretch);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ModulesPane::checkTyped);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &ModulesPane::checkTyped);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, m_ui->nameHint, &InputHintLabel::clearHint);
    connect(m_ui->loadNamedButton, &QPushButton::clicked, this, &ModulesPane::loadTyped);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ModulesPane::loadSelected);
    connect(m_ui->unloadButton, &QPushButton::clicked, this, &ModulesPane::unloadSelected);
    connect(
        m_ui->modulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModulesPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModulesPane::updateActions);
    connect(session, &ServerSession::readOnlyChanged, this, &ModulesPane::updateActions);
    updateActions();
}

ModulesPane::~ModulesPane() = default;

QString ModulesPane::title()
{
    return tr("Modules");
}

QIcon ModulesPane::icon()
{
    return QIcon(QStringLiteral(":/icons/modules.svg"));
}

void ModulesPane::sessionDisconnected()
{
    m_scope->reset();
    m_changesScope->reset();
    // Sends no further change; the one on its way finishes unreported (its server is gone).
    if (m_changing)
        m_changing->cancel();
    m_running = 0;
    m_model->clear();
    m_ui->countLabel->clear();
    m_ui->nameHint->clearHint();
    updateActions();
}

void ModulesPane::refresh()
{
    if (!isConnected())
        return;
    m_scope->reset();
    auto* reply = session()->modules();
    m_scope->onFinished(reply, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not list the modules."));
            return;
        }
        m_model->setLoadedModules(reply->value());
        updateCount();
        session()->markRefreshed();
        updateActions();
    });
}

QString ModulesPane::typedName()
{
    const ModulesModel::NameCheck check = ModulesModel::checkName(m_ui->nameEdit->text());
    if (!check.valid) {
        m_ui->nameHint->showError(check.message);
        return {};
    }
    m_ui->nameHint->showNote(check.message);
    return check.normalized;
}

void ModulesPane::checkTyped()
{
    if (!isConnected())
        return;
    const QString name = typedName();
    if (name.isEmpty())
        return;
    auto* reply = session()->module(name);
    m_scope->onFinished(reply, [this, reply, name] {
        if (!reply->ok()) {
            showError(reply->error(), tr("Could not check the module %1.").arg(name));
            return;
        }
        const bool loaded = reply->value().loaded;
        m_model->setModuleState(name, loaded);
        updateCount();
        selectModule(name);
        m_ui->nameHint->showNote(loaded ? tr("%1 is loaded.").arg(name) : tr("%1 is not loaded.").arg(name));
    });
}

void ModulesPane::loadTyped()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QString name = typedName();
    if (name.isEmpty())
        return;
    start(ChangeModules::Change::Load, {name});
}

QStringList ModulesPane::selectedNames() const
{
    QStringList names;
    const QModelIndexList selected = m_ui->modulesView->selectionModel()->selectedRows(ModulesModel::NameColumn);
    for (const QModelIndex& index : selected)
        names.append(m_proxy->mapToSource(index).data(ModulesModel::NameRole).toString());
    names.sort();
    return names;
}

void ModulesPane::loadSelected()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    start(ChangeModules::Change::Load, names);
}

void ModulesPane::unloadSelected()
{
    if (!isConnected() || session()->isReadOnly())
        return;
    QStringList names;
    for (const QString& name : selectedNames()) {
        const int row = m_model->rowOfKey(name);
        if (row >= 0 && m_model->rowAt(row).loaded)
            names.append(name);
    }
    if (names.isEmpty()) {
        banner()->showMessage(MessageBanner::Type::Information, tr("The selected modules are not loaded."));
        return;
    }
    // admin_rest goes last: everything else is done while the console can still reach the server.
    const QString self = ModulesModel::adminRestModule();
    const bool cutsOff = names.removeAll(self) > 0;
    if (cutsOff)
        names.append(self);

    QString text = tr("Unload %n module(s) from %1?", nullptr, int(names.size())).arg(session()->domain())
        + QLatin1String("\n\n") + names.join(QLatin1Char('\n'));
    QString accept = tr("Unload %n module(s)", nullptr, int(names.size()));
    QString title = tr("Unload modules");
    if (cutsOff) {
        title = tr("Unload admin_rest and lose access");
        text += QLatin1String("\n\n")
            + tr("admin_rest serves the API this console uses. Once it is unloaded, this console — and every other "
                 "client of the API — is cut off from the server until someone loads the module again on the server "
                 "itself, for example with prosodyctl shell: module:load(\"admin_rest\", \"%1\").")
                  .arg(session()->domain());
        accept = tr("Unload and lose access");
    }
    MessageBox::confirm(this, title, text, accept, [this, names] {
        if (!isConnected())
            return;
        start(ChangeModules::Change::Unload, names);
    });
}

void ModulesPane::start(ChangeModules::Change change, const QStringList& names)
{
    QStringList wasLoaded; // a load of these is a reload
    for (const QString& name : names) {
        const int row = m_model->rowOfKey(name);
        if (row >= 0 && m_model->rowAt(row).loaded)
            wasLoaded.append(name);
    }
    auto* changing = new ChangeModules(session(), change, names, this);
    m_changing = changing;
    connect(changing, &Operation::finished, changing, &QObject::deleteLater);
    // Whatever the write answered, the table shows the state the server reports now.
    m_changesScope->on(changing, &Operation::itemChanged, [this, changing](int index) {
        if (changing->outcome(index).status == Operation::Status::Running)
            return;
        if (changing->stateKnown(index))
            m_model->setModuleState(changing->outcome(index).label, changing->loadedNow(index));
        updateCount();
    });
    m_changesScope->on(
        changing, &Operation::finished, [this, changing, wasLoaded] { finishBatch(*changing, wasLoaded); });
    ++m_running;
    updateActions();
    changing->start();
}

void ModulesPane::finishBatch(const ChangeModules& change, const QStringList& wasLoaded)
{
    --m_running;
    updateActions();
    const bool unload = change.change() == ChangeModules::Change::Unload;
    const QStringList succeeded = change.changedModules();
    const QStringList failed = change.unchangedModules();
    if (succeeded.size() == 1)
        selectModule(succeeded.first());
    else if (failed.size() == 1 && succeeded.isEmpty())
        selectModule(failed.first());

    if (change.adminRestGone()) {
        banner()->showMessage(MessageBanner::Type::Warning,
            tr("admin_rest is unloaded: this console can no longer reach the server's API until the module is "
               "loaded again on the server."));
        return;
    }
    if (!failed.isEmpty()) {
        const QString names = failed.join(QStringLiteral(", "));
        const QString context = unload
            ? tr("Could not unload %n module(s): %1.", nullptr, int(failed.size())).arg(names)
            : tr("Could not load %n module(s): %1.", nullptr, int(failed.size())).arg(names);
        if (change.firstProblem().isError()) {
            showError(change.firstProblem(), context);
        } else {
            banner()->showMessage(MessageBanner::Type::Error,
                context + QLatin1Char(' ')
                    + tr("The server accepted the request, but the module's state did not change: see the server's "
                         "log."));
        }
        return;
    }
    QStringList parts;
    if (unload) {
        parts.append(tr("Unloaded: %1.").arg(succeeded.join(QStringLiteral(", "))));
    } else {
        QStringList loaded;
        QStringList reloaded;
        for (const QString& name : std::as_const(succeeded))
            (wasLoaded.contains(name) ? reloaded : loaded).append(name);
        if (!loaded.isEmpty())
            parts.append(tr("Loaded: %1.").arg(loaded.join(QStringLiteral(", "))));
        if (!reloaded.isEmpty())
            parts.append(tr("Reloaded: %1.").arg(reloaded.join(QStringLiteral(", "))));
    }
    banner()->showMessage(MessageBanner::Type::Success, parts.join(QLatin1Char(' ')));
}

void ModulesPane::selectModule(const QString& name)
{
    const int row = m_model->rowOfKey(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ModulesModel::NameColumn));
    if (!index.isValid())
        return;
    m_ui->modulesView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->modulesView->scrollTo(index);
}

void ModulesPane::updateCount()
{
    const int loaded = m_model->loadedCount();
    const int notLoaded = m_model->rowCount() - loaded;
    QString text = tr("%n module(s) loaded", nullptr, loaded);
    if (notLoaded > 0)
        text += QLatin1String(", ") + tr("%n not loaded", nullptr, notLoaded);
    m_ui->countLabel->setText(text);
}

void ModulesPane::updateActions()
{
    const bool connected = isConnected();
    const bool writable = connected && !session()->isReadOnly() && m_running == 0;
    bool anySelected = false;
    bool anyLoaded = false;
    const QModelIndexList selected = m_ui->modulesView->selectionModel()->selectedRows(ModulesModel::NameColumn);
    for (const QModelIndex& index : selected) {
        anySelected = true;
        anyLoaded = anyLoaded || index.data(ModulesModel::LoadedRole).toBool();
    }
    m_ui->checkButton->setEnabled(connected);
    m_ui->loadNamedButton->setEnabled(writable);
    m_ui->reloadButton->setEnabled(writable && anySelected);
    m_ui->unloadButton->setEnabled(writable && anyLoaded);
    const QString why = !connected ? tr("Not connected to a server.")
        : session()->isReadOnly()  ? tr("This connection is read-only.")
        : m_running > 0            ? tr("Waiting for the server to finish the last change.")
                                   : QString();
    m_ui->loadNamedButton->setToolTip(why.isEmpty() ? tr("Load the module, or reload it if it is loaded") : why);
    m_ui->reloadButton->setToolTip(
        why.isEmpty() ? tr("Load the selected modules, or reload those already loaded") : why);
    m_ui->unloadButton->setToolTip(why.isEmpty() ? tr("Unload the selected loaded modules") : why);
}
