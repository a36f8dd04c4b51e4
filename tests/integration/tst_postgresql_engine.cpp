// PostgreSql engine: catalog, dialect, reader and writer against the real server (placeholder).
#include <QtTest>

class TestPostgreSqlEngine : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestPostgreSqlEngine)
#include "tst_postgresql_engine.moc"
