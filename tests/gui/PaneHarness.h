#pragma once

#include "AdminRestClient.h"
#include "ServerSession.h"
#include "TestServer.h"

#include <QAbstractItemView>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QWidget>

// What a pane's GUI test needs: a server (the sandbox, or the external one named by ADMIN_REST_URL …),
// a connected ServerSession for the pane, and a separate client to check the server's state with.
class PaneHarness
{
public:
    explicit PaneHarness(QObject* parent)
        : m_parent(parent)
    {
    }

    // Starts the server and connects a session to it (panes created before this see connected()).
    bool start(const QStringList& sandboxArguments = {}, QString* error = nullptr)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!server.start(sandboxArguments)) {
            if (error)
                *error = server.error();
            return false;
        }
        client = new AdminRestClient(server.settings(), m_parent);
        return true;
    }

    bool connectSession(ServerSession* session)
    {
        QSignalSpy connected(session, &ServerSession::connected);
        session->connectTo(QStringLiteral("Sandbox"), server.settings());
        return connected.wait(30000);
    }

    QString bare(const QString& user) const { return user + QLatin1Char('@') + server.domain(); }

    // The row of the view whose `column` shows `text`, or -1.
    static int rowWithText(const QAbstractItemView* view, int column, const QString& text)
    {
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    // Selects the rows of the view showing these texts in `column` (and nothing else). False if one is missing.
    static bool selectRows(QAbstractItemView* view, int column, const QStringList& texts)
    {
        view->selectionModel()->clearSelection();
        for (const QString& text : texts) {
            const int row = rowWithText(view, column, text);
            if (row < 0)
                return false;
            view->selectionModel()->select(
                view->model()->index(row, column), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    }

    // Saves a picture of the widget to $PAC_SCREENSHOT_DIR/<name>.png when that variable is set.
    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("PAC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    TestServer server;
    AdminRestClient* client = nullptr;

private:
    QObject* m_parent = nullptr;
};
