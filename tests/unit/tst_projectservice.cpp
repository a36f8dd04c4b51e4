// ProjectService: the project use cases the console and the CLI share. SQLite endpoints only,
// so no server is needed; the store, the lock files and the catalog reads are real.
#include "engines/driver.h"
#include "project/projectlock.h"
#include "project/projectservice.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestProjectService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ProjectService> m_service;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    ProjectDefinition definition(const QString &name, const QString &include = u"*"_s,
                                 int concurrency = 1) const
    {
        const QJsonObject json {
            {u"name"_s, name},
            {u"source"_s, QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, file(u"src.db"_s)}}},
            {u"target"_s, QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, file(u"dst.db"_s)}}},
            {u"objects"_s, QJsonObject {{u"include"_s, QJsonArray {include}}}},
            {u"options"_s, QJsonObject {{u"concurrency"_s, concurrency}}}};
        auto parsed = ProjectDefinition::fromJson(json);
        if (!parsed)
            qFatal("bad test definition: %s", qPrintable(parsed.error().text()));
        return *parsed;
    }

    void makeSource()
    {
        Endpoint source;
        source.engine = Engine::Sqlite;
        source.path = file(u"src.db"_s);
        auto session = Driver::forEngine(Engine::Sqlite).connectForWrite(source);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        QVERIFY((*session)->exec(u"CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC)"_s));
        QVERIFY((*session)->exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(file(u"src.db"_s));
        makeSource();
        auto store = MetaStore::open(
            file(u"ferry-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
        m_store = *store;
        m_service = std::make_unique<ProjectService>(
            m_store, std::make_shared<DataSourceRepository>(m_store),
            []() -> Result<std::shared_ptr<SecretStore>> {
                return fail(Error::Code::Locked, u"no secret store in this test"_s);
            });
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void createAnnouncesAndLogs()
    {
        QSignalSpy changed(m_service.get(), &ProjectService::changed);
        auto created = m_service->create(definition(u"shop"_s));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), created->id);
        QCOMPARE(created->state, ProjectState::NotStarted);
        auto log = ProjectRepository(m_store).logLines(created->id);
        QVERIFY(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().message, u"project shop created"_s);

        auto again = m_service->create(definition(u"shop"_s));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(changed.count(), 1);
    }

    // The console's details read the change streams with the rest of a project, as the
    // incremental step saved them (forward before reverse).
    void overviewCarriesTheStreams()
    {
        auto created = m_service->create(definition(u"shop"_s));
        QVERIFY(created);
        auto before = m_service->overview(created->id, 10, 10, false);
        QVERIFY(before);
        QVERIFY(before->streams.isEmpty());

        ProjectRepository projects(m_store);
        StreamRecord reverse;
        reverse.stream = u"reverse"_s;
        reverse.state = u"starting"_s;
        QVERIFY(projects.saveStream(created->id, reverse));
        StreamRecord forward;
        forward.stream = u"forward"_s;
        forward.state = u"paused-ddl"_s;
        forward.readPosition = u"0/16B3748"_s;
        forward.appliedPosition = u"0/16B3700"_s;
        forward.lastCommitAt = QDateTime(QDate(2026, 11, 26), QTime(20, 16, 49, 123), Qt::UTC);
        forward.lagMs = 4200;
        forward.eventsPerSecond = 12.5;
        forward.transactions = 40;
        forward.events = 90;
        forward.tables.insert(u"main.orders"_s, {60, 25, 5});
        forward.detail = u"ALTER TABLE orders ADD COLUMN note TEXT"_s;
        QVERIFY(projects.saveStream(created->id, forward));
        forward.state = u"streaming"_s; // saved again: one row per stream, the newest
        forward.detail.clear();
        QVERIFY(projects.saveStream(created->id, forward));

        auto o = m_service->overview(created->id, 10, 10, false);
        QVERIFY(o);
        QCOMPARE(o->streams.size(), 2);
        const StreamRecord &f = o->streams.at(0);
        QCOMPARE(f.stream, u"forward"_s);
        QCOMPARE(f.state, u"streaming"_s);
        QCOMPARE(f.readPosition, u"0/16B3748"_s);
        QCOMPARE(f.appliedPosition, u"0/16B3700"_s);
        QCOMPARE(f.lastCommitAt, forward.lastCommitAt);
        QVERIFY(!f.appliedAt.isValid());
        QCOMPARE(f.lagMs, qint64(4200));
        QCOMPARE(f.eventsPerSecond, 12.5);
        QCOMPARE(f.transactions, qint64(40));
        QCOMPARE(f.events, qint64(90));
        QCOMPARE(f.tables.keys(), QStringList {u"main.orders"_s});
        QCOMPARE(f.tables.value(u"main.orders"_s).inserts, qint64(60));
        QCOMPARE(f.tables.value(u"main.orders"_s).updates, qint64(25));
        QCOMPARE(f.tables.value(u"main.orders"_s).deletes, qint64(5));
        QCOMPARE(f.detail, QString());
        QCOMPARE(o->streams.at(1).stream, u"reverse"_s);
        QCOMPARE(o->streams.at(1).lagMs, qint64(-1));
        auto streams = m_service->streams(created->id);
        QVERIFY(streams);
        QCOMPARE(streams->size(), 2);
    }

    void startedProjectKeepsItsScope()
    {
        auto created = m_service->create(definition(u"shop"_s));
        QVERIFY(created);
        // Not started: anything may change.
        auto narrowed = m_service->update(created->id, definition(u"shop"_s, u"orders"_s));
        QVERIFY2(narrowed, qPrintable(narrowed ? QString() : narrowed.error().text()));
        QCOMPARE(narrowed->definition.include, QStringList {u"orders"_s});

        QVERIFY(ProjectRepository(m_store).setState(created->id, ProjectState::Paused));
        // Started: options may change ...
        auto options = m_service->update(created->id, definition(u"shop"_s, u"orders"_s, 3));
        QVERIFY2(options, qPrintable(options ? QString() : options.error().text()));
        QCOMPARE(options->definition.options.concurrency, 3);
        // ... its objects may not, from the console or from `ferry run FILE`.
        QSignalSpy changed(m_service.get(), &ProjectService::changed);
        for (int viaRun = 0; viaRun < 2; ++viaRun) {
            auto widened = viaRun ? m_service->createOrUpdate(definition(u"shop"_s))
                                  : m_service->update(created->id, definition(u"shop"_s));
            QVERIFY(!widened);
            QCOMPARE(widened.error().code, Error::Code::InvalidInput);
            QCOMPARE(widened.error().message,
                     u"project 'shop' has started: its endpoints and objects cannot change"_s);
            QCOMPARE(widened.error().fix,
                     u"Keep its endpoints and objects (ferry project export shop shows them), or "
                     "forget its progress with ferry project reset shop (the target tables stay) "
                     "and run it again with the new ones."_s);
        }
        QCOMPARE(changed.count(), 0);
        auto stored = m_service->find(created->id);
        QVERIFY(stored);
        QCOMPARE(stored->definition.include, QStringList {u"orders"_s});
        QCOMPARE(stored->definition.options.concurrency, 3);

        // Reset: the progress goes, the definition stays, and the scope may change again.
        TableRecord table;
        table.sourceTable = u"shop.orders"_s;
        table.targetTable = u"shop.orders"_s;
        table.created = true;
        QVERIFY(ProjectRepository(m_store).saveTable(created->id, table));
        auto kept = m_service->reset(created->id);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().text()));
        QCOMPARE(*kept, QStringList {u"orders"_s});
        auto reset = m_service->find(created->id);
        QVERIFY(reset);
        QCOMPARE(reset->state, ProjectState::NotStarted);
        QCOMPARE(reset->definition.include, QStringList {u"orders"_s});
        QCOMPARE(ProjectRepository(m_store).tables(created->id)->size(), 0);
        auto widened = m_service->createOrUpdate(definition(u"shop"_s));
        QVERIFY2(widened, qPrintable(widened ? QString() : widened.error().text()));
        QCOMPARE(widened->definition.include, QStringList {u"*"_s});
    }

    void createOrUpdateCreatesOnce()
    {
        auto first = m_service->createOrUpdate(definition(u"nightly"_s));
        QVERIFY(first);
        auto second = m_service->createOrUpdate(definition(u"nightly"_s, u"*"_s, 2));
        QVERIFY(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->definition.options.concurrency, 2);
        auto all = m_service->list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
    }

    void cloneTakesTheFirstFreeName()
    {
        auto original = m_service->create(definition(u"shop"_s, u"orders"_s));
        QVERIFY(original);
        QVERIFY(ProjectRepository(m_store).setState(original->id, ProjectState::Completed));
        auto first = m_service->clone(original->id);
        auto second = m_service->clone(original->id);
        QVERIFY(first && second);
        QCOMPARE(first->name(), u"shop-clone"_s);
        QCOMPARE(second->name(), u"shop-clone2"_s);
        QCOMPARE(first->state, ProjectState::NotStarted);
        QCOMPARE(first->definition.include, QStringList {u"orders"_s});
        auto log = ProjectRepository(m_store).logLines(first->id);
        QVERIFY(log);
        QCOMPARE(log->first().message, u"project shop-clone cloned from shop"_s);
    }

    // Another process running the project holds its lock: release and remove are refused, and
    // nothing changes.
    void changesWaitForTheLock()
    {
        auto created = m_service->create(definition(u"shop"_s));
        QVERIFY(created);
        QSignalSpy changed(m_service.get(), &ProjectService::changed);
        {
            auto held = ProjectLock::acquire(m_store->path(), u"shop"_s);
            QVERIFY(held);
            for (int remove = 0; remove < 2; ++remove) {
                auto refused =
                    remove ? m_service->remove(created->id) : m_service->release(created->id);
                QVERIFY(!refused);
                QCOMPARE(refused.error().code, Error::Code::Conflict);
                QVERIFY(refused.error().message.startsWith(
                    u"project 'shop' is being run by another Ferry process"_s));
            }
            auto changedScope = m_service->update(created->id, definition(u"shop"_s, u"x"_s));
            QVERIFY(!changedScope);
            QCOMPARE(changedScope.error().code, Error::Code::Conflict);
        }
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_service->find(created->id)->state, ProjectState::NotStarted);

        QVERIFY(m_service->release(created->id));
        QCOMPARE(m_service->find(created->id)->state, ProjectState::Released);
        auto log = ProjectRepository(m_store).logLines(created->id);
        QVERIFY(log);
        QCOMPARE(log->last().message, u"project shop released: checkpoints deleted"_s);
        QVERIFY(m_service->remove(created->id));
        QCOMPARE(changed.count(), 2);
        auto gone = m_service->find(created->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
    }

    void importReadsAFile()
    {
        QFile json(file(u"import.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(definition(u"from-file"_s).toJson()).toJson());
        json.close();
        auto imported = m_service->importFile(json.fileName());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
        QCOMPARE(imported->name(), u"from-file"_s);

        auto missing = m_service->importFile(file(u"missing.json"_s));
        QVERIFY(!missing);
    }

    void readsTheSourceCatalog()
    {
        const ProjectDefinition d = definition(u"shop"_s);
        auto tables = m_service->readCatalog(d.source);
        QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().text()));
        QStringList names;
        for (const Table &t : *tables)
            names << t.ref.name;
        QCOMPARE(names, (QStringList {u"customers"_s, u"orders"_s}));
    }

    void endpointsNeedNoSecretsForInlineEndpoints()
    {
        const ProjectDefinition d = definition(u"shop"_s);
        auto endpoints = m_service->endpoints(d);
        QVERIFY2(endpoints, qPrintable(endpoints ? QString() : endpoints.error().text()));
        QCOMPARE(endpoints->first.path, file(u"src.db"_s));
        QCOMPARE(endpoints->second.path, file(u"dst.db"_s));
    }

    // ferry ddl and the console's prompt: the decision recorded on the paused stream, with a
    // line in the log; Stop records none and leaves the project paused; a decision without a
    // paused stream, or an empty edited statement, is refused.
    void decideSchemaChange_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<QString>("logged");
        QTest::addColumn<int>("state");
        using C = SchemaChangeDecision::Choice;
        QTest::newRow("apply") << int(C::Apply) << QString() << u"apply"_s
                               << u"schema change at 0/5 (ALTER TABLE orders ADD note text): "
                                  "decided apply as shown; the next run carries it out"_s
                               << int(ProjectState::Failed);
        QTest::newRow("edited") << int(C::ApplyEdited) << u"ALTER TABLE o ADD n text"_s
                                << u"sql:ALTER TABLE o ADD n text"_s
                                << u"schema change at 0/5 (ALTER TABLE orders ADD note text): "
                                   "decided apply instead: ALTER TABLE o ADD n text; the next "
                                   "run carries it out"_s
                                << int(ProjectState::Failed);
        QTest::newRow("skip") << int(C::Skip) << QString() << u"skip"_s
                              << u"schema change at 0/5 (ALTER TABLE orders ADD note text): "
                                 "decided skip; the next run carries it out"_s
                              << int(ProjectState::Failed);
        QTest::newRow("stop") << int(C::Stop) << QString() << QString()
                              << u"schema change at 0/5 (ALTER TABLE orders ADD note text): "
                                 "stopped there, nothing decided; decide to go on (ferry ddl, "
                                 "or the project page)"_s
                              << int(ProjectState::Paused);
    }
    void decideSchemaChange()
    {
        QFETCH(int, choice);
        QFETCH(QString, statement);
        QFETCH(QString, recorded);
        QFETCH(QString, logged);
        QFETCH(int, state);
        // The store is one per test function: a project per row.
        const QString name = u"shop-"_s + QString::fromLatin1(QTest::currentDataTag());
        auto created = m_service->create(definition(name));
        QVERIFY(created);
        const qint64 id = created->id;
        const SchemaChangeDecision decision {SchemaChangeDecision::Choice(choice), statement};

        // Not paused: refused, nothing recorded.
        auto refused = m_service->decideSchemaChange(id, decision);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().message,
                 u"project '%1' is not paused at a schema change"_s.arg(name));

        ProjectRepository projects(m_store);
        StreamRecord paused;
        paused.stream = u"forward"_s;
        paused.state = u"paused-ddl"_s;
        paused.heldPosition = u"0/5"_s;
        paused.detail = u"ALTER TABLE orders ADD note text"_s;
        paused.ddlDecision = u"skip"_s; // decided before: a new decision replaces it
        QVERIFY(projects.saveStream(id, paused));
        QVERIFY(projects.setState(id, ProjectState::Failed, u"paused"_s));
        auto held = m_service->pausedAtSchemaChange(id);
        QVERIFY(held && held->has_value());
        QCOMPARE((*held)->heldPosition, u"0/5"_s);

        QSignalSpy changed(m_service.get(), &ProjectService::changed);
        auto decided = m_service->decideSchemaChange(id, decision);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().text()));
        QCOMPARE(decided->ddlDecision, recorded);
        QCOMPARE(changed.count(), 1);
        auto stored = projects.streams(id);
        QVERIFY(stored);
        QCOMPARE(stored->first().ddlDecision, recorded);
        QCOMPARE(stored->first().state, u"paused-ddl"_s);
        QCOMPARE(stored->first().heldPosition, u"0/5"_s);
        QCOMPARE(projects.findById(id)->state, ProjectState(state));
        QCOMPARE(projects.logLines(id)->last().message, logged);

        // An edited statement must say something.
        auto empty =
            m_service->decideSchemaChange(id, {SchemaChangeDecision::Choice::ApplyEdited, u"  "_s});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::InvalidInput);
        QCOMPARE(projects.streams(id)->first().ddlDecision, recorded);
    }
};

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
