#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/streamrecord.h"
#include "pipeline/tablerecord.h"
#include "projectdefinition.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace ferry {

// Where one selected table's messages go.
struct SyncPreviewRow
{
    QString sourceTable; // "shop.orders"
    QString topic;
    QString partitionRule; // "hash of the key", "partition 0", "hash of (region)", ...
    QStringList keyColumns; // the message key's columns; empty for table and single routing
    QString error; // why the table cannot be routed (no key, a bad topic name); empty when ok
};

// What the sync wizard shows before a project is saved: every selected table's topic and
// partition rule, and a message of the first selected table rendered by the real
// MessageSerializer from a real row of the source.
struct SyncPreview
{
    QList<SyncPreviewRow> rows;
    QString sampleTable; // the first selected table
    QByteArray sampleKey; // empty when the table has no row
    QByteArray sampleValue;
    QString sampleNote; // "shop.orders has no row yet: ..." when there is no sample
};

// Connects to `source`, plans the project's selection, routes each table and reads one row of
// the first table (as the snapshot writes it, read at `readAt`). Blocking: a worker calls it.
Result<SyncPreview> previewSync(const ProjectDefinition &project, const Endpoint &source,
                                const QDateTime &readAt, const CancelToken &cancel = {});

// Messages a sync project has had acknowledged, per topic: the snapshot's rows (its table records
// say "kafka:TOPIC") and the stream's changes per table, routed by the project's topic rules.
// `source` needs no password (only its engine and database matter). Pure: any thread.
QMap<QString, qint64> messagesPerTopic(const ProjectDefinition &project, const Endpoint &source,
                                       const QList<TableRecord> &tables,
                                       const QList<StreamRecord> &streams);

} // namespace ferry
