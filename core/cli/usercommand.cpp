#include "usercommand.h"

#include "admin/userservice.h"
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
    return Text::tr(R"(Usage: ferry [--store PATH] [--user NAME] user <action> [options]

Users of this store and their roles: administrator (everything, users and system parameters
included), operator (create, change, run and remove projects and data sources), viewer (read
only). The built-in administrator `admin` has no password on a fresh store, and commands act
as it without --user; once it has one, every command says who acts with --user NAME.

Actions:
  list                                   Users with their role and state.
  add NAME --role ROLE --password-stdin  Add a user (administrators only).
  passwd NAME --password-stdin           Change your own password (an administrator: anyone's).
  reset NAME --password-stdin            An administrator sets another user's password.
  role NAME ROLE                         Change a user's role (administrators only).
  disable NAME                           A disabled user cannot sign in (administrators only).
  enable NAME
  remove NAME [--yes]                    Delete a user (administrators only; not admin).

The last enabled administrator cannot be removed, disabled or demoted.

Options:
  --role ROLE        administrator, operator or viewer
  --password-stdin   read the new password from a line of standard input (after the acting
                     user's password when that comes from standard input too); on a
                     terminal the password is asked for twice otherwise
  --yes              confirm remove without a terminal
  --json             machine-readable output on stdout

Exit codes: 0 ok, 1 failed or not allowed (the line names the role that would be), 2 bad
usage or input.
)");
}

Result<QString> newPassword(const Arguments &a, const QString &name)
{
    if (a.has(u"password-stdin"_s))
        return terminal::readLine();
    if (!terminal::stdinIsTerminal())
        return fail(Error::Code::InvalidInput,
                    Text::tr("the new password of user '%1' is missing").arg(name),
                    Text::tr("Give it on standard input with --password-stdin."), name);
    const QString first = terminal::readSecret(Text::tr("New password of user %1: ").arg(name));
    if (terminal::readSecret(Text::tr("Repeat it: ")) != first)
        return fail(Error::Code::InvalidInput, Text::tr("the two passwords differ"),
                    Text::tr("Run the command again and type the same password twice."), name);
    return first;
}

QString stateText(const UserRecord &u)
{
    if (u.disabled)
        return Text::tr("disabled");
    return u.hasPassword ? Text::tr("enabled") : Text::tr("no password");
}

int list(Context &ctx, UserService &users)
{
    auto all = users.list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const UserRecord &u : std::as_const(*all))
            array.append(u.toJson());
        ctx.printJson({{u"ok"_s, true}, {u"users"_s, array}});
        return Ok;
    }
    int width = terminal::displayWidth(Text::tr("NAME"));
    for (const UserRecord &u : std::as_const(*all))
        width = std::max(width, terminal::displayWidth(u.name));
    ctx.out() << terminal::padded(Text::tr("NAME"), width) << "  "
              << terminal::padded(Text::tr("ROLE"), 13) << "  " << Text::tr("STATE") << '\n';
    for (const UserRecord &u : std::as_const(*all))
        ctx.out() << terminal::padded(u.name, width) << "  " << roles::id(u.role).leftJustified(13)
                  << "  " << stateText(u) << '\n';
    return Ok;
}

int done(Context &ctx, const Result<UserRecord> &user, const QString &text)
{
    if (!user)
        return ctx.fail(user.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"user"_s, user->toJson()}});
    else
        ctx.out() << text << Qt::endl;
    return Ok;
}

} // namespace

int runUserCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"help") {
        if (args.isEmpty())
            return ctx.usage(Text::tr("user needs an action"), helpText());
        ctx.out() << helpText();
        return Ok;
    }
    const QString action = args.first();
    const QStringList rest = args.mid(1);
    Arguments a({u"role"_s}, {u"password-stdin"_s, u"yes"_s, u"help"_s});
    static const QHash<QString, qsizetype> positionals = {
        {u"list"_s, 0}, {u"add"_s, 1},     {u"passwd"_s, 1}, {u"reset"_s, 1},
        {u"role"_s, 2}, {u"disable"_s, 1}, {u"enable"_s, 1}, {u"remove"_s, 1}};
    if (!positionals.contains(action))
        return ctx.usage(Text::tr("unknown user action '%1'").arg(action), helpText());
    const qsizetype count = positionals.value(action);
    if (auto d = ctx.parse(a, rest, helpText(), count,
                           count == 2 ? Text::tr("user %1 needs a NAME and a ROLE").arg(action)
                               : count == 1 ? Text::tr("user %1 needs a user NAME").arg(action)
                                            : Text::tr("user %1 takes no NAME").arg(action)))
        return *d;
    // Signs the acting user in (their password may come first on standard input).
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    UserService users(*store);
    if (action == u"list")
        return list(ctx, users);
    const QString name = a.positionals().first();
    if (action == u"add") {
        const auto role = roles::fromId(a.value(u"role"_s));
        if (!role)
            return ctx.usage(a.has(u"role"_s)
                                 ? Text::tr("'%1' is not a role: administrator, operator or viewer")
                                       .arg(a.value(u"role"_s))
                                 : Text::tr("user add needs --role administrator|operator|viewer"),
                             helpText());
        auto password = newPassword(a, name);
        if (!password)
            return ctx.fail(password.error());
        return done(ctx, users.add(name, *role, *password),
                    Text::tr("User %1 added (%2).").arg(name, roles::id(*role)));
    }
    if (action == u"passwd" || action == u"reset") {
        auto password = newPassword(a, name);
        if (!password)
            return ctx.fail(password.error());
        return done(ctx, users.setPassword(name, *password),
                    Text::tr("Password of user %1 changed.").arg(name));
    }
    if (action == u"role") {
        const auto role = roles::fromId(a.positionals().at(1));
        if (!role)
            return ctx.usage(Text::tr("'%1' is not a role: administrator, operator or viewer")
                                 .arg(a.positionals().at(1)),
                             helpText());
        return done(ctx, users.setRole(name, *role),
                    Text::tr("User %1 is now %2.").arg(name, roles::id(*role)));
    }
    if (action == u"disable" || action == u"enable") {
        const bool disable = action == u"disable";
        return done(
            ctx, users.setDisabled(name, disable),
            (disable ? Text::tr("User %1 disabled.") : Text::tr("User %1 enabled.")).arg(name));
    }
    // remove
    if (auto ok = ctx.confirm(a.has(u"yes"_s), Text::tr("removing user '%1'").arg(name),
                              Text::tr("Remove user %1?").arg(name), Text::tr("user not removed"));
        !ok)
        return ctx.fail(ok.error());
    if (auto ok = users.remove(name); !ok)
        return ctx.fail(ok.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}});
    else
        ctx.out() << Text::tr("User %1 removed.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace ferry::cli
