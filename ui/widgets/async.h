#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace ferry::ui {

// Runs `work` on the global thread pool and `done(result)` on `receiver`'s thread once it
// finishes; `done` is dropped if `receiver` is gone by then. The one way the console calls
// into anything that may block (a database, the keychain, a file).
template<typename Work, typename Done>
void runAsync(QObject *receiver, Work &&work, Done &&done)
{
    using R = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<R>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace ferry::ui
