#pragma once

#include "widgets/Pane.h"

#include <memory>

class ModulesModel;
class QSortFilterProxyModel;
namespace Ui {
class ModulesPane;
}

// The host's modules with their state: check any module by name, load, reload and unload. After every
// change the state is read back from the server (the published versions answer a successful unload
// with a 500), and unloading admin_rest itself, which cuts the console off, is confirmed as such.
class ModulesPane : public Pane
{
    Q_OBJECT
public:
    explicit ModulesPane(ServerSession* session, QWidget* parent = nullptr);
    ~ModulesPane() override;

    static QString title();
    static QIcon icon();
    void refresh() override;

    ModulesModel* model() const { return m_model; }

protected:
    void sessionDisconnected() override;

private:
    struct Batch;

    // The module name typed in the field, validated; empty (with the reason shown) when invalid.
    QString typedName();
    void checkTyped();
    void loadTyped();
    void loadSelected();
    void unloadSelected();
    QStringList selectedNames() const;
    // Loads (or unloads) the batch's modules one after the other, reading each one's state back.
    void start(const std::shared_ptr<Batch>& batch);
    void processNext(const std::shared_ptr<Batch>& batch);
    void readBack(const std::shared_ptr<Batch>& batch, const QString& name, bool writeOk, const ApiError& writeError);
    void finishBatch(const std::shared_ptr<Batch>& batch);
    void selectModule(const QString& name);
    void updateCount();
    void updateActions();

    std::unique_ptr<Ui::ModulesPane> m_ui;
    ModulesModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    quint64 m_generation = 0;
    int m_running = 0; // batches under way: their buttons stay disabled
};
