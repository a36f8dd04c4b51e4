#include "arguments.h"
#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry::cli {

Status Arguments::parse(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--") {
            m_positionals += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(u"--") || arg.size() == 2) {
            m_positionals.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (m_flags.contains(name)) {
            if (inlineValue)
                return fail(Error::Code::InvalidInput,
                            Text::tr("option --%1 takes no value").arg(name));
            m_set.insert(name);
        } else if (m_valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    return fail(Error::Code::InvalidInput,
                                Text::tr("option --%1 needs a value").arg(name));
                value = args[++i];
            }
            m_values.insert(name, value);
        } else {
            return fail(Error::Code::InvalidInput, Text::tr("unknown option --%1").arg(name),
                        Text::tr("See --help for the options of this command."));
        }
    }
    return {};
}

Result<int> Arguments::intValue(const QString &name, int fallback) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int v = m_values.value(name).toInt(&ok);
    if (!ok)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("--%1 needs a whole number, not '%2'").arg(name, m_values.value(name)));
    return v;
}

} // namespace ferry::cli
