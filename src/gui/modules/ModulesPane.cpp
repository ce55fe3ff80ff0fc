#include "modules/ModulesPane.h"

#include "ui_ModulesPane.h"

#include "api/AdminRestClient.h"
#include "widgets/MessageBox.h"
#include "models/ModulesModel.h"
#include "session/ServerSession.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

struct ModulesPane::Batch
{
    bool unload = false;
    QStringList queue; // still to do, in order
    QStringList wasLoaded; // loaded before the batch: a load of these is a reload
    QStringList succeeded;
    QStringList failed;
    ApiError firstError;
    bool adminRestGone = false;
    quint64 generation = 0;
};

ModulesPane::ModulesPane(ServerSession* session, QWidget* parent)
    : Pane(session, parent)
    , m_ui(std::make_unique<Ui::ModulesPane>())
    , m_model(new ModulesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
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
    ++m_generation;
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
    const quint64 generation = ++m_generation;
    auto* reply = session()->client()->modules();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
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
    const quint64 generation = m_generation;
    auto* reply = session()->client()->module(name);
    connect(reply, &ApiReply::finished, this, [this, reply, name, generation] {
        if (generation != m_generation)
            return;
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
    auto batch = std::make_shared<Batch>();
    batch->queue = {name};
    start(batch);
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
    auto batch = std::make_shared<Batch>();
    batch->queue = names;
    start(batch);
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

    QString text = tr("Unload %n module(s) from %1?", nullptr, int(names.size())).arg(session()->client()->domain())
        + QLatin1String("\n\n") + names.join(QLatin1Char('\n'));
    QString accept = tr("Unload %n module(s)", nullptr, int(names.size()));
    QString title = tr("Unload modules");
    if (cutsOff) {
        title = tr("Unload admin_rest and lose access");
        text += QLatin1String("\n\n")
            + tr("admin_rest serves the API this console uses. Once it is unloaded, this console — and every other "
                 "client of the API — is cut off from the server until someone loads the module again on the server "
                 "itself, for example with prosodyctl shell: module:load(\"admin_rest\", \"%1\").")
                  .arg(session()->client()->domain());
        accept = tr("Unload and lose access");
    }
    MessageBox::confirm(this, title, text, accept, [this, names] {
        if (!isConnected())
            return;
        auto batch = std::make_shared<Batch>();
        batch->unload = true;
        batch->queue = names;
        start(batch);
    });
}

void ModulesPane::start(const std::shared_ptr<Batch>& batch)
{
    batch->generation = m_generation;
    for (const QString& name : std::as_const(batch->queue)) {
        const int row = m_model->rowOfKey(name);
        if (row >= 0 && m_model->rowAt(row).loaded)
            batch->wasLoaded.append(name);
    }
    ++m_running;
    updateActions();
    processNext(batch);
}

void ModulesPane::processNext(const std::shared_ptr<Batch>& batch)
{
    if (batch->generation != m_generation || !isConnected())
        return;
    if (batch->queue.isEmpty()) {
        finishBatch(batch);
        return;
    }
    const QString name = batch->queue.takeFirst();
    AdminRestClient* client = session()->client();
    TypedReply<QString>* reply = batch->unload ? client->unloadModule(name) : client->loadModule(name);
    connect(reply, &ApiReply::finished, this, [this, reply, batch, name] {
        if (batch->generation != m_generation)
            return;
        readBack(batch, name, reply->ok(), reply->error());
    });
}

void ModulesPane::readBack(
    const std::shared_ptr<Batch>& batch, const QString& name, bool writeOk, const ApiError& writeError)
{
    // Whatever the write answered, the table shows the state the server reports now.
    auto* state = session()->client()->module(name);
    connect(state, &ApiReply::finished, this, [this, state, batch, name, writeOk, writeError] {
        if (batch->generation != m_generation)
            return;
        const bool wanted = !batch->unload;
        bool succeeded = writeOk;
        if (state->ok()) {
            m_model->setModuleState(name, state->value().loaded);
            succeeded = state->value().loaded == wanted;
        } else if (batch->unload && name == ModulesModel::adminRestModule() && writeOk) {
            // The API went away with the module: the read-back cannot be answered any more.
            m_model->setModuleState(name, false);
            batch->adminRestGone = true;
        }
        if (succeeded) {
            batch->succeeded.append(name);
        } else {
            batch->failed.append(name);
            if (!batch->firstError.isError())
                batch->firstError = writeError.isError() ? writeError : state->error();
        }
        updateCount();
        processNext(batch);
    });
}

void ModulesPane::finishBatch(const std::shared_ptr<Batch>& batch)
{
    --m_running;
    updateActions();
    if (batch->succeeded.size() == 1)
        selectModule(batch->succeeded.first());
    else if (batch->failed.size() == 1 && batch->succeeded.isEmpty())
        selectModule(batch->failed.first());

    if (batch->adminRestGone) {
        banner()->showMessage(MessageBanner::Type::Warning,
            tr("admin_rest is unloaded: this console can no longer reach the server's API until the module is "
               "loaded again on the server."));
        return;
    }
    if (!batch->failed.isEmpty()) {
        const QString names = batch->failed.join(QStringLiteral(", "));
        const QString context = batch->unload
            ? tr("Could not unload %n module(s): %1.", nullptr, int(batch->failed.size())).arg(names)
            : tr("Could not load %n module(s): %1.", nullptr, int(batch->failed.size())).arg(names);
        if (batch->firstError.isError()) {
            showError(batch->firstError, context);
        } else {
            banner()->showMessage(MessageBanner::Type::Error,
                context + QLatin1Char(' ')
                    + tr("The server accepted the request, but the module's state did not change: see the server's "
                         "log."));
        }
        return;
    }
    QStringList parts;
    if (batch->unload) {
        parts.append(tr("Unloaded: %1.").arg(batch->succeeded.join(QStringLiteral(", "))));
    } else {
        QStringList loaded;
        QStringList reloaded;
        for (const QString& name : std::as_const(batch->succeeded))
            (batch->wasLoaded.contains(name) ? reloaded : loaded).append(name);
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
