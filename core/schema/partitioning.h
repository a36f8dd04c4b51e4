#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ferry {

// One value of a partition bound, neutral between engines: a string literal (its text,
// unquoted), a number, NULL, or the open ends MINVALUE and MAXVALUE.
struct PartitionValue
{
    enum class Kind { Text, Number, Null, MinValue, MaxValue };
    Kind kind = Kind::Text;
    QString text;

    friend bool operator==(const PartitionValue &, const PartitionValue &) = default;
};

// One partition of a partitioned table: its name and bounds. A range partition holds the rows
// from `from` (inclusive; empty in MySQL, which has only upper bounds) to `to` (exclusive),
// one value per key column; a list partition the tuples in `values`; a hash partition the
// rows whose hash modulo `modulus` is `remainder` (MySQL: its ordinal). A default partition
// holds the rows no other partition takes.
struct Partition
{
    QString name;
    bool isDefault = false;
    QList<PartitionValue> from;
    QList<PartitionValue> to;
    QList<QList<PartitionValue>> values;
    int modulus = 0;
    int remainder = 0;
};

// How a table is partitioned, as the source catalog read it. Which thread: any (a value).
struct Partitioning
{
    enum class Method { None, Range, List, Hash, Key };
    Method method = Method::None;
    QStringList columns; // the key columns; empty when the key is an expression
    QString expression; // the key as the source spells it when it is not plain columns
    QString definition; // "RANGE (payment_date)": as the source prints it, for messages
    // Why the catalog could not read it into this form (an expression key, sub-partitions, a
    // bound it does not understand); empty when it could. The plan then makes one table.
    QString unsupported;
    QList<Partition> partitions;

    bool isEmpty() const { return method == Method::None; }
    static QString methodName(Method method); // "RANGE", "LIST", "HASH", "KEY"
    // "RANGE on payment_date, 6 partitions"
    QString describe() const;
};

namespace partitioning {

// Splits a bound list as both engines print it ("'2022-01-01', 5", "MAXVALUE", "('a',1),('b',2)"
// without the outer parentheses of a tuple list) into values. Returns false on text it does
// not understand.
bool parseValues(const QString &text, QList<PartitionValue> &out);
// The same for a list of tuples "('a',1),('b',2)" or of single values "1,2,3".
bool parseTuples(const QString &text, int width, QList<QList<PartitionValue>> &out);
// Orders two bound tuples: MINVALUE < every value < MAXVALUE, numbers by value, text by code
// point (ISO dates and times sort right).
int compare(const QList<PartitionValue> &a, const QList<PartitionValue> &b);

} // namespace partitioning
} // namespace ferry
