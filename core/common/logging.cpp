#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <cstdio>

namespace ferry {

Q_LOGGING_CATEGORY(lcStore, "ferry.store")
Q_LOGGING_CATEGORY(lcSecrets, "ferry.secrets")
Q_LOGGING_CATEGORY(lcEngine, "ferry.engine")
Q_LOGGING_CATEGORY(lcSchema, "ferry.schema")
Q_LOGGING_CATEGORY(lcTransfer, "ferry.transfer")
Q_LOGGING_CATEGORY(lcProject, "ferry.project")
Q_LOGGING_CATEGORY(lcVerify, "ferry.verify")
Q_LOGGING_CATEGORY(lcCli, "ferry.cli")
Q_LOGGING_CATEGORY(lcUi, "ferry.ui")

namespace {

struct LogSink
{
    QMutex mutex;
    QFile file;
    bool alsoStderr = false;
    QtMessageHandler previous = nullptr;
};

LogSink &sink()
{
    static LogSink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink &s = sink();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
        + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default") + " ["
        + QByteArray::number(quintptr(QThread::currentThreadId()), 16) + "] " + message.toUtf8()
        + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush();
        }
    }
    if (s.alsoStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogFile(const QString &path, bool alsoStderr)
{
    LogSink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(QFileInfo(path).absolutePath());
        s.file.setFileName(path);
        if (!s.file.open(QIODevice::Append | QIODevice::Text))
            std::fprintf(stderr, "ferry: cannot write the log file %s\n", qPrintable(path));
        s.alsoStderr = alsoStderr;
    }
    s.previous = qInstallMessageHandler(handler);
}

QString logFilePath()
{
    LogSink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace ferry
