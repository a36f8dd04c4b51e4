#include "projectcommand.h"

#include "arguments.h"
#include "common/files.h"
#include "common/language.h"
#include "context.h"
#include "project/projectexport.h"
#include "project/projectrepository.h"
#include "project/projectservice.h"
#include "runcommand.h"
#include "store/datasourcerepository.h"
#include "terminal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] project <action> [options]

Migration projects in the metadata store.

Actions:
  list                       List projects with state and progress.
  show NAME                  Definition, steps and per-table progress.
  export NAME [-o FILE]      Write the project file (JSON, never passwords).
  export NAME --as flink-cdc|kafka-connect [-o DIR] [--bootstrap-servers HOST:PORT]
                             Hand the project to a distributed engine: a Flink CDC pipeline
                             (YAML), or Debezium source + JDBC sink connectors (JSON), with
                             the same tables, renames, columns, filters and topics, and the
                             list of what that engine cannot express (docs/scale-out.md).
                             Without -o the files go to standard output.
  import FILE                Store a project from a file without running it.
  pause NAME                 Ask the run of the project (a `ferry run` on this host) to
                             stop at its next checkpoint; run it again to resume.
  remove NAME [--yes]        Delete the project, its checkpoints and log (the target
                             tables stay). Refused while a run holds the project.
  reset NAME [--yes]         Forget the project's progress (checkpoints, table and step
                             states) so it starts again, and its endpoints and objects may
                             change; the definition and log stay, and so do the target
                             tables. Refused while a run holds the project.

Options:
  --json     machine-readable output on stdout
Exit codes: 0 ok, 1 failed, 2 bad usage or input.
)");
}

QString endpointText(const EndpointSpec &spec)
{
    return spec.text();
}

QJsonObject projectJson(const ProjectRecord &p)
{
    return {{u"name"_s, p.name()},
            {u"state"_s, projectStateId(p.state)},
            {u"source"_s, endpointText(p.definition.source)},
            {u"target"_s, endpointText(p.definition.target)},
            {u"steps"_s, QJsonArray::fromStringList(p.definition.steps)},
            {u"tags"_s, QJsonArray::fromStringList(p.definition.tags)},
            {u"progress"_s, p.progress},
            {u"lastError"_s, p.lastError},
            {u"createdAt"_s, p.createdAt.toString(Qt::ISODate)},
            {u"updatedAt"_s, p.updatedAt.toString(Qt::ISODate)}};
}

int list(Context &ctx, ProjectRepository &projects)
{
    auto all = projects.list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const ProjectRecord &p : *all)
            array.append(projectJson(p));
        ctx.printJson({{u"ok"_s, true}, {u"projects"_s, array}});
        return Ok;
    }
    if (all->isEmpty()) {
        ctx.out() << Text::tr("No projects. Run one with: ferry run project.json") << '\n';
        return Ok;
    }
    int width = terminal::displayWidth(Text::tr("NAME"));
    for (const ProjectRecord &p : *all)
        width = std::max(width, terminal::displayWidth(p.name()));
    ctx.out() << terminal::padded(Text::tr("NAME"), width) << "  "
              << terminal::padded(Text::tr("STATE"), 11) << "  "
              << terminal::padded(Text::tr("PROGRESS"), 8) << "  " << Text::tr("SOURCE -> TARGET")
              << '\n';
    for (const ProjectRecord &p : *all)
        ctx.out() << terminal::padded(p.name(), width) << "  "
                  << terminal::padded(projectStateName(p.state), 11) << "  "
                  << QString(QString::number(p.progress * 100, 'f', 0) + u'%').rightJustified(8)
                  << "  " << endpointText(p.definition.source) << " -> "
                  << endpointText(p.definition.target) << '\n';
    ctx.out().flush();
    return Ok;
}

int show(Context &ctx, ProjectRepository &projects, const QString &name)
{
    auto p = projects.findByName(name);
    if (!p)
        return ctx.fail(p.error());
    auto steps = projects.steps(p->id);
    auto tables = projects.tables(p->id);
    auto checkpoints = projects.checkpoints(p->id);
    if (!steps || !tables || !checkpoints)
        return ctx.fail(!steps ? steps.error() : (!tables ? tables.error() : checkpoints.error()));
    // A table's row count is written when it ends; a run that died (or paused) mid-table has
    // its committed rows only in the chunk ledger.
    for (TableRecord &t : *tables)
        for (const Checkpoint &c : *checkpoints)
            if (c.sourceTable == t.sourceTable)
                t.rowsDone = std::max(t.rowsDone, c.rows);
    if (ctx.json()) {
        QJsonObject o = projectJson(*p);
        o[u"definition"_s] = p->definition.toJson();
        QJsonArray s, t;
        for (const StepRecord &step : *steps)
            s.append(QJsonObject {{u"step"_s, step.step},
                                  {u"state"_s, stateId(step.state)},
                                  {u"error"_s, step.error}});
        for (const TableRecord &table : *tables)
            t.append(QJsonObject {{u"source"_s, table.sourceTable},
                                  {u"target"_s, table.targetTable},
                                  {u"state"_s, stateId(table.state)},
                                  {u"rows"_s, table.rowsDone},
                                  {u"skipped"_s, table.rowsSkipped},
                                  {u"error"_s, table.error}});
        o[u"steps"_s] = s;
        o[u"tables"_s] = t;
        ctx.printJson({{u"ok"_s, true}, {u"project"_s, o}});
        return Ok;
    }
    QTextStream &o = ctx.out();
    o << terminal::label(Text::tr("Project"), 10) << p->name() << '\n'
      << terminal::label(Text::tr("State"), 10) << projectStateName(p->state) << '\n'
      << terminal::label(Text::tr("Source"), 10) << endpointText(p->definition.source) << '\n'
      << terminal::label(Text::tr("Target"), 10) << endpointText(p->definition.target) << '\n';
    if (!p->lastError.isEmpty())
        o << terminal::label(Text::tr("Error"), 10) << p->lastError << '\n';
    if (p->state == ProjectState::Interrupted)
        o << "          "
          << Text::tr("its run ended without stopping (killed or the machine went down); "
                      "run it again to resume from its checkpoints")
          << '\n';
    o << Text::tr("Steps") << ":\n";
    for (const StepRecord &s : *steps)
        o << "  " << s.step.leftJustified(12) << stateId(s.state)
          << (s.error.isEmpty() ? QString() : u"  "_s + s.error) << '\n';
    if (!tables->isEmpty()) {
        o << Text::tr("Tables") << ":\n";
        for (const TableRecord &t : *tables)
            o << "  " << t.sourceTable << " -> " << t.targetTable << "  " << stateId(t.state)
              << "  " << Text::tr("%1 rows").arg(t.rowsDone)
              << (t.error.isEmpty() ? QString() : u"  "_s + t.error) << '\n';
    }
    o.flush();
    return Ok;
}

// A project's end as the export writes it: the saved data source's endpoint or the file's,
// never with a password.
Result<Endpoint> exportEndpoint(const EndpointSpec &spec, DataSourceRepository &sources)
{
    if (!spec.isDataSource())
        return spec.endpoint;
    auto source = sources.findByName(spec.dataSource);
    if (!source)
        return std::unexpected(source.error());
    return source->endpoint;
}

int exportScaleOut(Context &ctx, const std::shared_ptr<MetaStore> &store, const ProjectRecord &p,
                   const Arguments &a)
{
    auto format = exportformats::fromId(a.value(u"as"_s));
    if (!format)
        return ctx.usage(format.error().text(), helpText());
    DataSourceRepository sources(store);
    ExportInput input;
    input.project = p.definition;
    input.bootstrapServers = a.value(u"bootstrap-servers"_s);
    auto source = exportEndpoint(p.definition.source, sources);
    if (!source)
        return ctx.fail(source.error());
    input.source = *source;
    if (!p.definition.isSync()) {
        auto target = exportEndpoint(p.definition.target, sources);
        if (!target)
            return ctx.fail(target.error());
        input.target = *target;
    } else if (p.definition.target.isDataSource()) {
        // A saved Kafka data source as the sync target: its settings, never its password.
        auto cluster = sources.findByName(p.definition.target.dataSource);
        if (!cluster)
            return ctx.fail(cluster.error());
        if (cluster->isKafka())
            input.project.target.kafka = *cluster->kafka;
    }
    auto exported = exportProject(input, *format);
    if (!exported)
        return ctx.fail(exported.error());
    const QString dir = a.value(u"output"_s, a.value(u"o"_s));
    QStringList written;
    if (!dir.isEmpty()) {
        if (!QDir().mkpath(dir))
            return ctx.fail(makeError(Error::Code::Io, Text::tr("cannot create folder %1").arg(dir),
                                      Text::tr("Check the path and its permissions."), dir));
        for (const ExportedFile &f : exported->files) {
            const QString path = QDir(dir).filePath(f.fileName);
            if (auto ok = writeFileAtomically(path, f.content); !ok)
                return ctx.fail(ok.error());
            written << path;
        }
    }
    if (ctx.json()) {
        QJsonArray files;
        for (const ExportedFile &f : exported->files)
            files.append(QJsonObject {{u"name"_s, f.fileName},
                                      {u"content"_s, QString::fromUtf8(f.content)}});
        ctx.printJson({{u"ok"_s, true},
                       {u"as"_s, exportformats::id(*format)},
                       {u"written"_s, QJsonArray::fromStringList(written)},
                       {u"files"_s, files},
                       {u"notExpressed"_s, QJsonArray::fromStringList(exported->notExpressed)},
                       {u"beforeRunning"_s, QJsonArray::fromStringList(exported->beforeRunning)}});
        return Ok;
    }
    // The files on stdout (one after the other), the notes on stderr; or the notes on stdout
    // when the files went to a folder.
    QTextStream &notes = dir.isEmpty() ? ctx.err() : ctx.out();
    if (dir.isEmpty())
        for (const ExportedFile &f : exported->files)
            ctx.out() << QString::fromUtf8(f.content);
    else
        for (const QString &path : written)
            notes << Text::tr("Wrote %1").arg(path) << '\n';
    if (!exported->beforeRunning.isEmpty()) {
        notes << Text::tr("Before running:") << '\n';
        for (const QString &s : exported->beforeRunning)
            notes << "  - " << s << '\n';
    }
    if (!exported->notExpressed.isEmpty()) {
        notes << Text::tr("Not expressed (Ferry does it; the exported configuration does not):")
              << '\n';
        for (const QString &s : exported->notExpressed)
            notes << "  - " << s << '\n';
    }
    ctx.out().flush();
    notes.flush();
    return Ok;
}

int exportProject(Context &ctx, const std::shared_ptr<MetaStore> &store,
                  ProjectRepository &projects, const Arguments &a)
{
    auto p = projects.findByName(a.positionals().value(0));
    if (!p)
        return ctx.fail(p.error());
    if (a.has(u"as"_s))
        return exportScaleOut(ctx, store, *p, a);
    const QByteArray json = QJsonDocument(p->definition.toJson()).toJson(QJsonDocument::Indented);
    const QString path = a.value(u"output"_s, a.value(u"o"_s));
    if (path.isEmpty()) {
        ctx.out() << QString::fromUtf8(json);
        return Ok;
    }
    if (auto written = writeFileAtomically(path, json); !written)
        return ctx.fail(written.error());
    if (!ctx.json())
        ctx.out() << Text::tr("Exported project %1 to %2.").arg(p->name(), path) << Qt::endl;
    else
        ctx.printJson({{u"ok"_s, true}, {u"file"_s, path}});
    return Ok;
}

int importProject(Context &ctx, ProjectService &projects, const QString &path)
{
    auto created = projects.importFile(path);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"project"_s, projectJson(*created)}});
    else
        ctx.out()
            << Text::tr("Imported project %1. Run it with: ferry run %2").arg(created->name(), path)
            << Qt::endl;
    return Ok;
}

int remove(Context &ctx, ProjectService &projects, const Arguments &a)
{
    const QString name = a.positionals().value(0);
    auto p = projects.find(name);
    if (!p)
        return ctx.fail(p.error());
    // Say it before asking; the service takes the lock for the change itself.
    if (auto lock = projects.lock(*p); !lock)
        return ctx.fail(lock.error());
    if (auto ok =
            ctx.confirm(a.has(u"yes"_s), Text::tr("removing project '%1'").arg(name),
                        Text::tr("Delete project '%1' with its checkpoints and log?").arg(name),
                        Text::tr("nothing was deleted"));
        !ok)
        return ctx.fail(ok.error());
    if (auto ok = projects.remove(p->id); !ok)
        return ctx.fail(ok.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"removed"_s, name}});
    else
        ctx.out() << Text::tr("Removed project %1 (its target tables are kept).").arg(name)
                  << Qt::endl;
    return Ok;
}

int pause(Context &ctx, ProjectService &projects, const QString &name)
{
    auto p = projects.find(name);
    if (!p)
        return ctx.fail(p.error());
    if (auto ok = projects.pause(p->id); !ok)
        return ctx.fail(ok.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"pausing"_s, name}});
    else
        ctx.out() << Text::tr("Project %1 stops at its next checkpoint.").arg(name) << Qt::endl;
    return Ok;
}

int reset(Context &ctx, ProjectService &projects, const Arguments &a)
{
    const QString name = a.positionals().value(0);
    auto p = projects.find(name);
    if (!p)
        return ctx.fail(p.error());
    if (auto lock = projects.lock(*p); !lock)
        return ctx.fail(lock.error());
    if (auto ok = ctx.confirm(
            a.has(u"yes"_s), Text::tr("resetting project '%1'").arg(name),
            Text::tr("Forget the progress of project '%1' (its target tables stay)?").arg(name),
            Text::tr("nothing was reset"));
        !ok)
        return ctx.fail(ok.error());
    auto kept = projects.reset(p->id);
    if (!kept)
        return ctx.fail(kept.error());
    if (ctx.json()) {
        ctx.printJson({{u"ok"_s, true},
                       {u"reset"_s, name},
                       {u"targetTablesKept"_s, QJsonArray::fromStringList(*kept)}});
        return Ok;
    }
    ctx.out() << Text::tr("Reset project %1: it starts again at its next run, and its endpoints "
                          "and objects may change.")
                     .arg(name)
              << Qt::endl;
    if (!kept->isEmpty())
        ctx.out() << Text::tr(
                         "Target tables holding rows of its earlier runs (kept): %1.\nThe next "
                         "run meets them under options.nonEmptyTarget ('truncate' empties "
                         "them).")
                         .arg(kept->join(u", "_s))
                  << Qt::endl;
    return Ok;
}

} // namespace

int runProjectCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        ctx.out() << helpText();
        return args.isEmpty() ? BadInput : Ok;
    }
    const QString action = args.first();
    Arguments a({u"output"_s, u"o"_s, u"as"_s, u"bootstrap-servers"_s}, {u"yes"_s, u"help"_s});
    QStringList rest = args.mid(1);
    for (QString &r : rest)
        if (r == u"-o")
            r = u"--o"_s;
    if (auto ok = a.parse(rest); !ok)
        return ctx.usage(ok.error().text(), helpText());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    ProjectRepository projects(*store);
    if (action == u"list")
        return list(ctx, projects);
    const bool needsOne = action == u"show" || action == u"export" || action == u"import"
        || action == u"remove" || action == u"rm" || action == u"reset" || action == u"pause";
    if (!needsOne)
        return ctx.usage(Text::tr("unknown project action '%1'").arg(action), helpText());
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("project %1 needs exactly one argument").arg(action), helpText());
    if (action == u"show")
        return show(ctx, projects, a.positionals().first());
    if (action == u"export")
        return exportProject(ctx, *store, projects, a);
    auto service = ctx.projects();
    if (!service)
        return ctx.fail(service.error());
    if (action == u"import")
        return importProject(ctx, **service, a.positionals().first());
    if (action == u"reset")
        return reset(ctx, **service, a);
    if (action == u"pause")
        return pause(ctx, **service, a.positionals().first());
    return remove(ctx, **service, a);
}

} // namespace ferry::cli
