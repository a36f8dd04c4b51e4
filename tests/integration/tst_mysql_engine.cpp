// MySql engine: catalog, dialect, reader and writer against the real server (placeholder).
#include <QtTest>

class TestMySqlEngine : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestMySqlEngine)
#include "tst_mysql_engine.moc"
