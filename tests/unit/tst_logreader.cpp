// The log reader on a constructed log: parsing, every filter, the newest-N limit, the first
// error across rotated files, and a live tail that follows LogFile's rotation without losing or
// repeating a line.
#include "common/logfile.h"
#include "monitor/logreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

QString line(int second, const QString &level, const QString &category, const QString &thread,
             const QString &message)
{
    return u"2026-11-27T03:00:%1.000Z %2 %3 [%4] %5"_s.arg(second, 2, 10, QChar(u'0'))
        .arg(level, category, thread, message);
}

QStringList texts(const QList<LogEntry> &entries)
{
    QStringList out;
    for (const LogEntry &e : entries)
        out.append(e.text());
    return out;
}

void writeFile(const QString &path, const QStringList &lines)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace

class TestLogReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_old; // ferry.log.1
    QStringList m_new; // ferry.log

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"ferry.log"_s);
        m_old = {line(1, u"info"_s, u"ferry.cli"_s, u"a1"_s, u"ferry run (store /tmp/x)"_s),
                 line(2, u"warning"_s, u"ferry.engine"_s, u"b2"_s,
                      u"shop: statement failed: Lock wait timeout"_s),
                 line(3, u"debug"_s, u"ferry.cdc"_s, u"c3"_s, u"shop-sync: batch of 12"_s)};
        m_new = {
            line(4, u"info"_s, u"ferry.project"_s, u"a1"_s, u"project shop: run 7d1f started"_s),
            line(5, u"info"_s, u"ferry.cdc.apply"_s, u"c3"_s, u"run 7d1f: applied 40"_s),
            line(6, u"critical"_s, u"ferry.store"_s, u"d4"_s, u"database is locked"_s),
            u"  continued: retrying"_s,
            line(7, u"info"_s, u"ferry.cdc"_s, u"c3"_s, u"shop-sync: caught up"_s)};
        writeFile(m_path + u".1"_s, m_old);
        writeFile(m_path, m_new);
    }

    void parse()
    {
        const auto e = LogReader::parseLine(m_old[1]);
        QVERIFY(e);
        QCOMPARE(e->at, QDateTime::fromString(u"2026-11-27T03:00:02.000Z"_s, Qt::ISODateWithMs));
        QCOMPARE(e->level, u"warning"_s);
        QCOMPARE(e->category, u"ferry.engine"_s);
        QCOMPARE(e->thread, u"b2"_s);
        QCOMPARE(e->message, u"shop: statement failed: Lock wait timeout"_s);
        QCOMPARE(e->text(), m_old[1]);
        QVERIFY(!LogReader::parseLine(u"  continued: retrying"_s));
        QVERIFY(!LogReader::parseLine(u"2026-11-27T03:00:02.000Z loud x [1] y"_s));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("minLevel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("thread");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<int>>("expected"); // indexes into old + new entries

        const QStringList none;
        QTest::newRow("all") << none << QString() << QString() << QString() << QString() << 0
                             << QList<int> {0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("info and above") << none << u"info"_s << QString() << QString() << QString()
                                        << 0 << QList<int> {0, 1, 3, 4, 5, 6};
        QTest::newRow("warnings") << none << u"warning"_s << QString() << QString() << QString()
                                  << 0 << QList<int> {1, 5};
        QTest::newRow("project shop, not shop-sync")
            << QStringList {u"shop"_s} << QString() << QString() << QString() << QString() << 0
            << QList<int> {1, 3};
        QTest::newRow("project shop with its run id")
            << QStringList {u"shop"_s, u"7d1f"_s} << QString() << QString() << QString()
            << QString() << 0 << QList<int> {1, 3, 4};
        QTest::newRow("text, any case")
            << none << QString() << u"CAUGHT"_s << QString() << QString() << 0 << QList<int> {6};
        QTest::newRow("text in a continuation")
            << none << QString() << u"retrying"_s << QString() << QString() << 0 << QList<int> {5};
        QTest::newRow("category and its children")
            << none << QString() << QString() << u"ferry.cdc"_s << QString() << 0
            << QList<int> {2, 4, 6};
        QTest::newRow("category prefix is a whole part")
            << none << QString() << QString() << u"ferry.cd"_s << QString() << 0 << QList<int> {};
        QTest::newRow("one thread")
            << none << QString() << QString() << QString() << u"a1"_s << 0 << QList<int> {0, 3};
        QTest::newRow("newest two")
            << none << QString() << QString() << QString() << QString() << 2 << QList<int> {5, 6};
    }

    void filters()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, minLevel);
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(QString, thread);
        QFETCH(int, limit);
        QFETCH(QList<int>, expected);
        // The continuation line joins the critical entry before it.
        QStringList entries = m_old;
        entries << m_new[0] << m_new[1] << m_new[2] + u"\n  continued: retrying"_s << m_new[4];
        LogQuery q;
        q.terms = terms;
        q.minLevel = minLevel;
        q.text = text;
        q.category = category;
        q.thread = thread;
        q.limit = limit;
        auto read = LogReader(m_path).read(q);
        QVERIFY(read);
        QStringList want;
        for (int i : expected)
            want.append(entries[i]);
        QCOMPARE(texts(*read), want);
        if (!read->isEmpty())
            QCOMPARE(read->first().file, expected.first() < 3 ? u"ferry.log.1"_s : u"ferry.log"_s);
    }

    void firstError()
    {
        auto first = LogReader(m_path).firstError({});
        QVERIFY(first);
        QVERIFY(*first);
        QCOMPARE((*first)->text(), m_old[1]);
        QCOMPARE((*first)->file, u"ferry.log.1"_s);
        LogQuery storeOnly;
        storeOnly.category = u"ferry.store"_s;
        first = LogReader(m_path).firstError(storeOnly);
        QVERIFY(first && *first);
        QCOMPARE((*first)->message, u"database is locked\n  continued: retrying"_s);
        LogQuery cli;
        cli.category = u"ferry.cli"_s;
        first = LogReader(m_path).firstError(cli);
        QVERIFY(first);
        QVERIFY(!*first);
    }

    // A tail across LogFile's own rotation: every line once, in order; a half-written line
    // waits for its newline.
    void followAcrossRotation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tail.log"_s);
        const auto l = [](int n) {
            return line(n % 60, u"info"_s, u"ferry.cdc"_s, u"c3"_s,
                        u"event %1 %2"_s.arg(n, 3, 10, QChar(u'0')).arg(QString(40, u'x')));
        };
        // Each line is 96 bytes: rotation after every third line.
        LogFile file(path, 300, 5);
        QVERIFY(file.open());
        file.write(l(1).toUtf8() + '\n');
        file.write(l(2).toUtf8() + '\n');
        LogReader reader(path);
        LogQuery q;
        auto first = reader.follow(q);
        QVERIFY(first);
        QCOMPARE(texts(*first), (QStringList {l(1), l(2)}));

        auto none = reader.follow(q);
        QVERIFY(none);
        QCOMPARE(texts(*none), QStringList());

        QStringList expected;
        for (int n = 3; n <= 8; ++n) { // rotates twice meanwhile
            file.write(l(n).toUtf8() + '\n');
            expected.append(l(n));
        }
        QVERIFY(QFile::exists(path + u".2"_s));
        auto next = reader.follow(q);
        QVERIFY(next);
        QCOMPARE(texts(*next), expected);

        // Half a line: not yet; the rest: once.
        {
            QFile raw(path);
            QVERIFY(raw.open(QIODevice::Append));
            raw.write(l(9).toUtf8().left(30));
        }
        auto half = reader.follow(q);
        QVERIFY(half);
        QCOMPARE(texts(*half), QStringList());
        {
            QFile raw(path);
            QVERIFY(raw.open(QIODevice::Append));
            raw.write(l(9).toUtf8().mid(30) + '\n');
        }
        auto whole = reader.follow(q);
        QVERIFY(whole);
        QCOMPARE(texts(*whole), QStringList {l(9)});

        // Filters apply to the tail too.
        LogQuery warnings;
        warnings.minLevel = u"warning"_s;
        LogReader filtered(path);
        QVERIFY(filtered.follow(warnings));
        file.write(line(10, u"warning"_s, u"ferry.cdc"_s, u"c3"_s, u"slow"_s).toUtf8() + '\n');
        file.write(l(11).toUtf8() + '\n');
        auto tail = filtered.follow(warnings);
        QVERIFY(tail);
        QCOMPARE(texts(*tail),
                 QStringList {line(10, u"warning"_s, u"ferry.cdc"_s, u"c3"_s, u"slow"_s)});
    }
};

QTEST_GUILESS_MAIN(TestLogReader)
#include "tst_logreader.moc"
