// Sqlite engine: catalog, dialect, reader and writer against the real server (placeholder).
#include <QtTest>

class TestSqliteEngine : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSqliteEngine)
#include "tst_sqlite_engine.moc"
