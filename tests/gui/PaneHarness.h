// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "TestServer.h"
#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

#include <QAbstractItemView>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
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

    // Starts a sandbox whose admin_rest answers like the published module (`flavor`: "classic" or
    // "current") with `users` users, `bots` of them online. Skips the test when an external server was
    // asked for and fails it when the sandbox does not start: false then, and the test function returns.
    bool startEmulating(const QString& flavor, int users, int bots)
    {
        if (TestServer::externalRequested()) {
            const QString why = QStringLiteral("needs a sandbox emulating the published %1 module").arg(flavor);
            QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        QString error;
        if (start({QStringLiteral("--emulate"), flavor, QStringLiteral("--users"), QString::number(users),
                      QStringLiteral("--bots"), QString::number(bots)},
                &error))
            return true;
        QTest::qFail(qPrintable(QStringLiteral("the emulating sandbox did not start: ") + error), __FILE__, __LINE__);
        return false;
    }

    bool connectSession(ServerSession* session)
    {
        QSignalSpy connected(session, &ServerSession::connected);
        session->connectTo(QStringLiteral("Sandbox"), server.settings());
        return connected.wait(30000);
    }

    // The child of `parent` named `name`; a missing one ends the test with a fatal error naming it.
    template <typename T> static T* child(const QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return found;
    }

    // Refreshes `pane` and waits until it shows the answer (its session's refreshed signal): a check
    // right after refresh() could otherwise pass on what the pane showed before.
    template <typename P> static bool refreshAndWait(P* pane, ServerSession* session, int timeoutMs = 15000)
    {
        QSignalSpy refreshed(session, &ServerSession::refreshed);
        pane->refresh();
        return refreshed.wait(timeoutMs);
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
