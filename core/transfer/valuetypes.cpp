#include "valuetypes.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/dialect.h"
#include "engines/session.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace ferry::valuetypes {

namespace {

// A MySQL TIME ("-838:59:59.000000") in microseconds; nullopt if it does not read as one.
std::optional<qint64> durationMicros(const QString &text)
{
    QString t = text.trimmed();
    const bool negative = t.startsWith(u'-');
    if (negative)
        t.remove(0, 1);
    const QStringList parts = t.split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    bool okH = false, okM = false, okS = false;
    const qint64 h = parts[0].toLongLong(&okH);
    const qint64 m = parts[1].toLongLong(&okM);
    const double s = parts[2].toDouble(&okS);
    if (!okH || !okM || !okS)
        return std::nullopt;
    const qint64 micros = ((h * 60 + m) * 60) * 1000000 + qint64(s * 1e6 + 0.5);
    return negative ? -micros : micros;
}

int widthFor(qint64 min, qint64 max)
{
    if (min >= -128 && max <= 127)
        return 1;
    if (min >= -32768 && max <= 32767)
        return 2;
    if (min >= std::numeric_limits<qint32>::min() && max <= std::numeric_limits<qint32>::max())
        return 4;
    return 8;
}

ColumnType integerType(int width)
{
    ColumnType t;
    t.kind = TypeKind::Integer;
    t.byteWidth = width;
    return t;
}

} // namespace

bool dependsOnValues(const ColumnType &type, Engine source, const TypeChoice &choice)
{
    switch (type.kind) {
    case TypeKind::Boolean:
        // PostgreSQL boolean takes 0 and 1 only; SQLite's BOOLEAN holds any value.
        return choice.fidelity == Fidelity::Lossy || source == Engine::Sqlite;
    case TypeKind::Time:
        return engines::family(source) == EngineFamily::MySql && choice.fidelity == Fidelity::Lossy;
    case TypeKind::Integer:
        return type.isUnsigned && type.byteWidth >= 8 && choice.fidelity != Fidelity::Exact;
    case TypeKind::Other: return source == Engine::Sqlite && choice.fidelity == Fidelity::Lossy;
    default: return false;
    }
}

std::optional<Narrowest> narrowest(const ColumnType &type, Engine source, const Profile &p)
{
    Q_UNUSED(source);
    const bool any = p.min.has_value() && p.max.has_value();
    switch (type.kind) {
    case TypeKind::Boolean: {
        if (p.nonIntegers > 0) {
            ColumnType text;
            text.kind = TypeKind::Text;
            return Narrowest {text, Text::tr("values that are not integers")};
        }
        if (!any)
            return Narrowest {type, Text::tr("no value yet")};
        bool okMin = false, okMax = false;
        const qint64 min = p.min->toLongLong(&okMin);
        const qint64 max = p.max->toLongLong(&okMax);
        if (!okMin || !okMax)
            return std::nullopt;
        if (min >= 0 && max <= 1)
            return Narrowest {type, Text::tr("only 0 and 1")};
        return Narrowest {integerType(widthFor(min, max)),
                          max > 1 ? QString::number(max) : QString::number(min)};
    }
    case TypeKind::Time: {
        if (!any)
            return Narrowest {type, Text::tr("no value yet")};
        const auto min = durationMicros(*p.min);
        const auto max = durationMicros(*p.max);
        if (!min || !max)
            return std::nullopt;
        constexpr qint64 day = 24LL * 3600 * 1000000;
        if (*min >= 0 && *max <= day)
            return Narrowest {type, Text::tr("only times of day (%1 to %2)").arg(*p.min, *p.max)};
        ColumnType interval;
        interval.kind = TypeKind::Interval;
        interval.fraction = type.fraction;
        return Narrowest {interval, *min < 0 ? *p.min : *p.max};
    }
    case TypeKind::Integer: {
        if (!any)
            return std::nullopt; // nothing says the values will fit a signed type
        bool ok = false;
        const quint64 max = p.max->toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (max <= quint64(std::numeric_limits<qint64>::max()))
            return Narrowest {integerType(8), Text::tr("at most %1").arg(*p.max)};
        return Narrowest {type, *p.max};
    }
    case TypeKind::Other: {
        if (p.nonIntegers > 0 || !any)
            return std::nullopt;
        return Narrowest {integerType(8), Text::tr("only integers")};
    }
    default: return std::nullopt;
    }
}

Status decide(Session &source, const Dialect &sourceDialect, Engine sourceEngine,
              const Dialect &target, SchemaPlan &plan, const CancelToken &cancel)
{
    for (TablePlan &t : plan.tables) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));
        QList<int> candidates;
        QStringList terms;
        for (int i = 0; i < t.target.columns.size(); ++i) {
            const TargetColumn &c = t.target.columns[i];
            if (c.overridden || c.decidedFromValues
                || !dependsOnValues(c.sourceType, sourceEngine, c.type))
                continue;
            const QString q = sourceDialect.quote(c.sourceName);
            terms << u"MIN(%1)"_s.arg(q) << u"MAX(%1)"_s.arg(q)
                  << sourceDialect.countNonIntegers(q);
            candidates << i;
        }
        if (candidates.isEmpty())
            continue;
        const QString sql = u"SELECT %1 FROM %2%3"_s.arg(
            terms.join(u", "_s), sourceDialect.qualify(t.source.ref),
            t.filter.isEmpty() ? QString() : u" WHERE ("_s + t.filter + u')');
        auto result = source.query(sql);
        if (!result)
            return fail(
                Error::Code::Database,
                Text::tr("cannot read the values of %1 to choose their target types: %2")
                    .arg(t.sourceKey, result.error().message),
                Text::tr("GRANT SELECT on the table to the source user, or override the types of "
                         "its columns in the project file."),
                t.sourceKey);
        if (result->size() != 1)
            continue;
        for (int k = 0; k < candidates.size(); ++k) {
            TargetColumn &c = t.target.columns[candidates[k]];
            Profile p;
            if (!result->isNull(0, 3 * k))
                p.min = result->text(0, 3 * k);
            if (!result->isNull(0, 3 * k + 1))
                p.max = result->text(0, 3 * k + 1);
            p.nonIntegers = result->text(0, 3 * k + 2).toLongLong();
            const auto n = narrowest(c.sourceType, sourceEngine, p);
            if (!n)
                continue;
            const TypeChoice declared = target.declare(n->type, sourceEngine);
            if (declared.fidelity == Fidelity::Unsupported || declared.declaration.isEmpty())
                continue;
            // Lossy no more: every value there is fits. Widened stays (smallint for a 1-byte
            // integer, numeric(20,0) for BIGINT UNSIGNED).
            const Fidelity fidelity =
                declared.fidelity == Fidelity::Lossy ? Fidelity::Exact : declared.fidelity;
            c.type = {declared.declaration, fidelity,
                      Text::tr("holds %1 → %2").arg(n->held, declared.declaration)};
            c.decidedFromValues = true;
            qCInfo(lcSchema).noquote()
                << u"%1.%2: %3"_s.arg(t.sourceKey, c.sourceName, c.type.note);
        }
    }
    return {};
}

} // namespace ferry::valuetypes
