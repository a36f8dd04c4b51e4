#include "session.h"

#include "common/language.h"
#include "common/logging.h"
#include "driver.h"

#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {
std::atomic<QThread *> g_forbiddenThread {nullptr};
std::atomic<int> g_openedOnForbiddenThread {0};
} // namespace

void Session::setForbiddenThread(QThread *thread)
{
    g_forbiddenThread = thread;
    g_openedOnForbiddenThread = 0;
}

int Session::openedOnForbiddenThread()
{
    return g_openedOnForbiddenThread;
}

Session::Session()
{
    QThread *forbidden = g_forbiddenThread;
    if (forbidden && QThread::currentThread() == forbidden) {
        ++g_openedOnForbiddenThread;
        qCCritical(lcEngine) << "a database session was opened on the UI thread, which then "
                                "waited for the server";
    }
}

QString QueryResult::text(int row, int column) const
{
    const auto &cell = rows[size_t(row)][size_t(column)];
    return cell ? QString::fromUtf8(*cell) : QString();
}

QString QueryResult::text(int row, const QString &column) const
{
    const int index = columnIndex(column);
    return index < 0 ? QString() : text(row, index);
}

int QueryResult::columnIndex(const QString &name) const
{
    return int(columns.indexOf(name));
}

Status Session::beginTransaction()
{
    if (m_ownedTransaction)
        return fail(Error::Code::Internal,
                    Text::tr("a transaction is already open on this session"));
    if (auto ok = exec(beginStatement()); !ok)
        return ok;
    m_ownedTransaction = true;
    return {};
}

Status Session::commitTransaction()
{
    if (!m_ownedTransaction)
        return fail(Error::Code::Internal, Text::tr("commit without an open transaction"));
    auto ok = exec(u"COMMIT"_s);
    if (!ok)
        rollbackTransaction();
    m_ownedTransaction = false;
    return ok;
}

void Session::rollbackTransaction()
{
    if (!m_ownedTransaction)
        return;
    m_ownedTransaction = false;
    if (auto ok = exec(u"ROLLBACK"_s); !ok)
        qCWarning(lcEngine).noquote() << "rollback failed:" << ok.error().text();
}

QString Session::quoteIdentifier(const QString &name) const
{
    return Driver::forEngine(engine()).dialect().quote(name);
}

QString Session::quoteLiteral(const QString &value) const
{
    ColumnType text;
    text.kind = TypeKind::Text;
    const QByteArray utf8 = value.toUtf8();
    return Driver::forEngine(engine()).dialect().literal(
        std::string_view(utf8.constData(), size_t(utf8.size())), text);
}

} // namespace ferry
