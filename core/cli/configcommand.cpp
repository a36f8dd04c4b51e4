#include "configcommand.h"

#include "admin/parameters.h"
#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "terminal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] [--user NAME] config <action> [options]

System parameters: every tunable of this installation with its type, default, valid range,
and whether a change applies live or at the next run.

Actions:
  list          Every parameter; a changed one is marked with *.
  diff          The parameters that differ from their defaults, with both values.
  get NAME      One parameter's value.
  set NAME VALUE
                Change a parameter (administrators only; audited); VALUE `default` puts
                the default back.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok, 1 failed or not allowed, 2 bad usage, an unknown parameter or a value out
of its range.
)");
}

QJsonObject toJson(const ParameterValue &v)
{
    QJsonObject o {{u"name"_s, v.spec.name},
                   {u"type"_s, v.spec.typeName()},
                   {u"value"_s, ParameterSpec::format(v.value)},
                   {u"default"_s, ParameterSpec::format(v.spec.defaultValue)},
                   {u"range"_s, v.spec.rangeText()},
                   {u"applies"_s, v.spec.appliesName()},
                   {u"changed"_s, !v.isDefault},
                   {u"description"_s, v.spec.description}};
    if (!v.isDefault) {
        o[u"updatedAt"_s] = v.updatedAt.toString(Qt::ISODateWithMs);
        o[u"updatedBy"_s] = v.updatedBy;
    }
    return o;
}

int print(Context &ctx, const QList<ParameterValue> &values, bool diff)
{
    if (ctx.json()) {
        QJsonArray array;
        for (const ParameterValue &v : values)
            array.append(toJson(v));
        ctx.printJson({{u"ok"_s, true}, {u"parameters"_s, array}});
        return Ok;
    }
    if (diff && values.isEmpty()) {
        ctx.out() << Text::tr("Every parameter has its default.") << Qt::endl;
        return Ok;
    }
    int width = terminal::displayWidth(Text::tr("NAME"));
    for (const ParameterValue &v : values)
        width = std::max(width, int(v.spec.name.size()));
    if (diff) {
        ctx.out() << terminal::padded(Text::tr("NAME"), width) << "  "
                  << terminal::padded(Text::tr("VALUE"), 15) << "  "
                  << terminal::padded(Text::tr("DEFAULT"), 15) << "  " << Text::tr("SET BY")
                  << '\n';
        for (const ParameterValue &v : values)
            ctx.out() << v.spec.name.leftJustified(width) << "  "
                      << ParameterSpec::format(v.value).leftJustified(15) << "  "
                      << ParameterSpec::format(v.spec.defaultValue).leftJustified(15) << "  "
                      << v.updatedBy << ' ' << v.updatedAt.toString(Qt::ISODate) << '\n';
        return Ok;
    }
    ctx.out() << terminal::padded(Text::tr("NAME"), width) << "    "
              << terminal::padded(Text::tr("VALUE"), 15) << "  "
              << terminal::padded(Text::tr("RANGE"), 17) << "  "
              << terminal::padded(Text::tr("APPLIES"), 8) << "  " << Text::tr("DESCRIPTION")
              << '\n';
    for (const ParameterValue &v : values)
        ctx.out()
            << v.spec.name.leftJustified(width) << (v.isDefault ? "    " : "  * ")
            << QString(ParameterSpec::format(v.value) + u' ' + v.spec.unitText()).leftJustified(15)
            << "  " << v.spec.rangeText().leftJustified(17) << "  "
            << v.spec.appliesName().leftJustified(8) << "  " << v.spec.descriptionText() << '\n';
    return Ok;
}

} // namespace

int runConfigCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(Text::tr("config needs an action"), helpText());
    if (args.first() == u"--help" || args.first() == u"help") {
        ctx.out() << helpText();
        return Ok;
    }
    const QString action = args.first();
    static const QHash<QString, qsizetype> positionals = {
        {u"list"_s, 0}, {u"diff"_s, 0}, {u"get"_s, 1}, {u"set"_s, 2}};
    if (!positionals.contains(action))
        return ctx.usage(Text::tr("unknown config action '%1'").arg(action), helpText());
    Arguments a({}, {u"help"_s});
    if (auto d = ctx.parse(a, args.mid(1), helpText(), positionals.value(action),
                           action == u"set" ? Text::tr("config set needs a NAME and a VALUE")
                               : action == u"get"
                               ? Text::tr("config get needs a NAME")
                               : Text::tr("config %1 takes no arguments").arg(action)))
        return *d;
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    Parameters parameters(*store);
    if (action == u"list" || action == u"diff") {
        auto all = parameters.list();
        if (!all)
            return ctx.fail(all.error());
        QList<ParameterValue> shown;
        for (const ParameterValue &v : std::as_const(*all))
            if (action == u"list" || !v.isDefault)
                shown.append(v);
        return print(ctx, shown, action == u"diff");
    }
    const QString name = a.positionals().first();
    auto value =
        action == u"get" ? parameters.get(name) : parameters.set(name, a.positionals().at(1));
    if (!value)
        return ctx.fail(value.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"parameter"_s, toJson(*value)}});
    else if (action == u"get")
        ctx.out() << ParameterSpec::format(value->value) << Qt::endl;
    else
        ctx.out() << name << " = " << ParameterSpec::format(value->value)
                  << (value->spec.applies == ParameterSpec::Applies::Live
                          ? u" (applies now)"_s
                          : u" (applies at the next run)"_s)
                  << Qt::endl;
    return Ok;
}

} // namespace ferry::cli
