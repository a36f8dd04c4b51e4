#include "migrationtypestep.h"

#include "widgets/statetext.h"

#include "engines/probereport.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

// The messages of the findings in `source`'s last probe that block `feature`.
QStringList blockingFindings(const std::optional<DataSource> &source, const QString &feature)
{
    QStringList out;
    if (!source || !source->lastTest.ok)
        return out;
    const ProbeReport report = ProbeReport::fromJson(source->lastTest.report);
    for (const ProbeFinding &f : report.findings)
        if (f.blocks.contains(feature) && !out.contains(f.message))
            out << f.message;
    return out;
}

QLabel *noteLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

MigrationTypeStep::MigrationTypeStep(QWidget *parent)
    : WizardStep(tr("Migration types"),
                 tr("Choose what the project does. The types run in the order shown."), parent)
{
    setObjectName(QStringLiteral("migrationTypeStep"));
    m_pair = new QLabel;
    m_pair->setObjectName(QStringLiteral("enginePair"));
    m_pair->setWordWrap(true);

    m_schema = new QCheckBox(tr("Schema migration"));
    m_schema->setObjectName(QStringLiteral("schemaCheck"));
    m_full = new QCheckBox(tr("Full migration"));
    m_full->setObjectName(QStringLiteral("fullCheck"));
    m_incremental = new QCheckBox(tr("Incremental synchronization"));
    m_incremental->setObjectName(QStringLiteral("incrementalCheck"));
    m_verify = new QCheckBox(tr("Full verification"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_reverse = new QCheckBox(tr("Reverse increment"));
    m_reverse->setObjectName(QStringLiteral("reverseCheck"));
    for (QCheckBox *box : {m_schema, m_full, m_verify})
        box->setChecked(true);
    // Incremental runs until cutover: the user asks for it.
    m_incremental->setChecked(false);
    m_reverse->setChecked(false);
    m_reverse->setEnabled(false);

    m_schemaNote = noteLabel(QStringLiteral("schemaNote"));
    m_fullNote = noteLabel(QStringLiteral("fullNote"));
    m_incrementalReason = noteLabel(QStringLiteral("incrementalReason"));
    m_verifyNote = noteLabel(QStringLiteral("verifyNote"));
    m_reverseReason = noteLabel(QStringLiteral("reverseReason"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_pair);
    layout->addWidget(typeRow(m_schema,
                              tr("Creates the selected tables in the target: columns with mapped "
                                 "types, primary keys, then indexes and foreign keys as the "
                                 "options say."),
                              m_schemaNote));
    layout->addWidget(typeRow(m_full,
                              tr("Copies every row of the selected tables in parallel chunks. "
                                 "A stopped or crashed run resumes where it was."),
                              m_fullNote));
    layout->addWidget(typeRow(m_incremental,
                              tr("Streams the source's changes (MySQL/MariaDB binlog, PostgreSQL "
                                 "logical decoding, SQLite capture triggers) to the target after "
                                 "the full copy, until cutover."),
                              m_incrementalReason));
    layout->addWidget(typeRow(m_verify,
                              tr("Compares source and target row by row after the copy and "
                                 "reports each difference with the SQL that corrects it."),
                              m_verifyNote));
    layout->addWidget(typeRow(m_reverse,
                              tr("After cutover, streams the target's changes back to the source "
                                 "so that a rollback loses nothing."),
                              m_reverseReason));
    layout->addStretch(1);

    for (QCheckBox *box : {m_schema, m_full, m_incremental, m_verify})
        connect(box, &QCheckBox::toggled, this, &WizardStep::changed);
    // A blocked incremental that was checked (a stored project, a source changed since) stays
    // enabled until it is unchecked.
    connect(m_incremental, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && !m_incrementalBlockers.isEmpty())
            m_incremental->setEnabled(false);
    });
}

QWidget *MigrationTypeStep::typeRow(QCheckBox *box, const QString &description, QLabel *reason)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(3);
    box->setStyleSheet(QStringLiteral("QCheckBox { font-weight: 600; }"));
    auto *text = new QLabel(description);
    text->setObjectName(QStringLiteral("mutedLabel"));
    text->setWordWrap(true);
    text->setContentsMargins(24, 0, 0, 0);
    reason->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(text);
    layout->addWidget(reason);
    return card;
}

void MigrationTypeStep::setEndpoints(Engine source,
                                     const std::optional<DataSource> &sourceDataSource,
                                     Engine target,
                                     const std::optional<DataSource> &targetDataSource)
{
    const bool sameFamily = engines::family(source) == engines::family(target);
    m_pair->setText(
        sameFamily
            ? tr("<b>%1 → %2</b>: the same engine family; column declarations are kept as the "
                 "source spells them.")
                  .arg(StateText::engine(source), StateText::engine(target))
            : tr("<b>%1 → %2</b>: columns are converted by Ferry's type mapping; the Options "
                 "step shows each one and lets you override it.")
                  .arg(StateText::engine(source), StateText::engine(target)));

    auto show = [](QLabel *label, const QStringList &lines, const char *color) {
        label->setText(lines.join(u'\n'));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(color)));
        label->setVisible(!lines.isEmpty());
    };

    // Incremental: every source engine captures, unless its last probe found what blocks it.
    m_incrementalBlockers.clear();
    for (const QString &message : blockingFindings(sourceDataSource, QStringLiteral("incremental")))
        m_incrementalBlockers << tr("The source's last test found: %1").arg(message);
    m_incremental->setEnabled(m_incrementalBlockers.isEmpty() || m_incremental->isChecked());
    if (!m_incrementalBlockers.isEmpty())
        show(m_incrementalReason, m_incrementalBlockers, "#b3261e");
    else if (source == Engine::Sqlite)
        show(m_incrementalReason,
             {tr("Capture installs triggers and a change log table in the source file; "
                 "releasing the project removes them.")},
             "#6b7a8c");
    else
        show(m_incrementalReason, {}, "#6b7a8c");

    QStringList reverse {tr("Not available in this version of Ferry.")};
    for (const QString &message : blockingFindings(targetDataSource, QStringLiteral("incremental")))
        reverse << tr("The target's last test found: %1").arg(message);
    show(m_reverseReason, reverse, "#a15c00");

    QStringList schema;
    for (const QString &message :
         blockingFindings(targetDataSource, QStringLiteral("schema-target")))
        schema << tr("The target's last test found: %1").arg(message);
    show(m_schemaNote, schema, "#b3261e");

    QStringList full;
    for (const QString &message : blockingFindings(targetDataSource, QStringLiteral("target")))
        full << tr("The target's last test found: %1").arg(message);
    show(m_fullNote, full, "#b3261e");
    show(m_verifyNote, {}, "#6b7a8c");
    emit changed(); // the source's probe may block a checked incremental step
}

QStringList MigrationTypeStep::steps() const
{
    QStringList out;
    if (m_schema->isChecked())
        out << QStringLiteral("schema");
    if (m_full->isChecked())
        out << QStringLiteral("full");
    if (m_incremental->isChecked())
        out << QStringLiteral("incremental");
    if (m_verify->isChecked())
        out << QStringLiteral("verify");
    return out;
}

void MigrationTypeStep::setSteps(const QStringList &steps)
{
    m_schema->setChecked(steps.contains(QStringLiteral("schema")));
    m_full->setChecked(steps.contains(QStringLiteral("full")));
    m_verify->setChecked(steps.contains(QStringLiteral("verify")));
    m_incremental->setChecked(steps.contains(QStringLiteral("incremental")));
    m_incremental->setEnabled(m_incrementalBlockers.isEmpty() || m_incremental->isChecked());
}

QString MigrationTypeStep::blocker() const
{
    if (steps().isEmpty())
        return tr("Choose at least one migration type.");
    if (m_incremental->isChecked() && !m_incrementalBlockers.isEmpty())
        return tr("The source cannot stream its changes as its last test found it: uncheck "
                  "incremental synchronization, or fix the source and test it again.");
    return {};
}

} // namespace ferry::ui
