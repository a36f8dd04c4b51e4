#include "optionsstep.h"

#include "objecttreemodel.h"
#include "project/projectdefaults.h"
#include "typemappingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <tuple>

namespace ferry::ui {

namespace {

QLabel *helpLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b7a8c;"));
    return label;
}

QFrame *card(const QString &title, QLayout *content)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    auto *label = new QLabel(title);
    label->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(label);
    layout->addLayout(content);
    return frame;
}

QGridLayout *grid()
{
    auto *g = new QGridLayout;
    g->setHorizontalSpacing(12);
    g->setVerticalSpacing(8);
    g->setColumnStretch(2, 1);
    return g;
}

// label | control | help line, the help wrapping in what is left of the card.
void addRow(QGridLayout *grid, const QString &label, QWidget *control, QLabel *help)
{
    const int row = grid->rowCount();
    grid->addWidget(new QLabel(label), row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(control, row, 1, Qt::AlignVCenter);
    help->setMinimumWidth(180);
    grid->addWidget(help, row, 2, Qt::AlignVCenter);
}

void selectData(QComboBox *combo, const QString &id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

OptionsStep::OptionsStep(ObjectTreeModel *objects, QWidget *parent)
    : WizardStep(tr("Options"),
                 tr("Tune how the data moves, and check how each column's type is mapped."), parent)
    , m_objects(objects)
{
    setObjectName(QStringLiteral("optionsStep"));

    // Throughput.
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setSuffix(tr(" workers"));
    m_concurrencyHelp = helpLabel(QStringLiteral("concurrencyHelp"));
    m_rows = new QSpinBox;
    m_rows->setObjectName(QStringLiteral("rowsPerSecondSpin"));
    m_rows->setRange(0, 1000000000);
    m_rows->setSingleStep(1000);
    m_rows->setGroupSeparatorShown(true);
    m_rows->setSpecialValueText(tr("no limit"));
    m_rows->setSuffix(tr(" rows/s"));
    m_bytes = new QDoubleSpinBox;
    m_bytes->setObjectName(QStringLiteral("bytesPerSecondSpin"));
    m_bytes->setDecimals(0);
    m_bytes->setRange(0, 1e15);
    m_bytes->setSingleStep(1000000);
    m_bytes->setGroupSeparatorShown(true);
    m_bytes->setSpecialValueText(tr("no limit"));
    m_bytes->setSuffix(tr(" bytes/s"));
    m_chunkRows = new QSpinBox;
    m_chunkRows->setObjectName(QStringLiteral("chunkRowsSpin"));
    m_chunkRows->setRange(100, 10000000);
    m_chunkRows->setSingleStep(10000);
    m_chunkRows->setGroupSeparatorShown(true);
    m_chunkRows->setSuffix(tr(" rows"));
    m_chunkRows->setToolTip(tr("Rows per chunk: the unit of parallel work, of one target "
                               "transaction and of a resume."));
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_concurrency, m_rows, m_bytes, m_chunkRows})
        w->setMinimumWidth(170);
    m_rows->setToolTip(tr("A throttle on rows per second, shared by all workers. 0: no "
                          "limit."));
    m_bytes->setToolTip(tr("A throttle on bytes per second, shared by all workers. 0: no "
                           "limit."));
    auto *rowsHelp = helpLabel(QStringLiteral("rowsPerSecondHelp"));
    rowsHelp->setText(tr("Shared by all workers; 0: no limit."));
    auto *bytesHelp = helpLabel(QStringLiteral("bytesPerSecondHelp"));
    bytesHelp->setText(tr("Shared by all workers; 0: no limit."));
    auto *chunkHelp = helpLabel(QStringLiteral("chunkRowsHelp"));
    chunkHelp->setText(tr("One target transaction, and the unit a resume redoes."));
    auto *throughput = grid();
    addRow(throughput, tr("Concurrency:"), m_concurrency, m_concurrencyHelp);
    addRow(throughput, tr("Rows per second:"), m_rows, rowsHelp);
    addRow(throughput, tr("Bytes per second:"), m_bytes, bytesHelp);
    addRow(throughput, tr("Chunk size:"), m_chunkRows, chunkHelp);

    // Policies.
    m_nonEmptyHelp = helpLabel(QStringLiteral("nonEmptyHelp"));
    m_indexesHelp = helpLabel(QStringLiteral("indexesHelp"));
    m_zeroDatesHelp = helpLabel(QStringLiteral("zeroDatesHelp"));
    m_nonEmpty = policyCombo(
        QStringLiteral("nonEmptyCombo"),
        {{QStringLiteral("stop"), tr("Stop"),
          tr("A target table that already holds rows fails the precheck: nothing is "
             "overwritten.")},
         {QStringLiteral("ignore"), tr("Ignore existing rows"),
          tr("Rows already in the target are kept; source rows whose key exists there are "
             "skipped.")},
         {QStringLiteral("truncate"), tr("Truncate first"),
          tr("The target table's rows are deleted before the copy starts.")}},
        m_nonEmptyHelp);
    m_indexes = policyCombo(
        QStringLiteral("indexesCombo"),
        {{QStringLiteral("withSchema"), tr("With the schema"),
          tr("Secondary indexes are created with the tables, before any row: simple, but the "
             "load is slower.")},
         {QStringLiteral("afterFull"), tr("After the full load"),
          tr("Each table's secondary indexes are built once its rows are loaded: much "
             "faster.")},
         {QStringLiteral("skip"), tr("Skip"),
          tr("Secondary indexes and foreign keys are not created; primary keys always are.")}},
        m_indexesHelp);
    m_zeroDates = policyCombo(
        QStringLiteral("zeroDatesCombo"),
        {{QStringLiteral("reject"), tr("Reject"),
          tr("A MySQL zero date (0000-00-00, 2024-00-10) stops its table and names the row.")},
         {QStringLiteral("null"), tr("Write NULL"),
          tr("Zero dates are written as NULL, into nullable columns only.")},
         {QStringLiteral("keep"), tr("Keep"),
          tr("Zero dates are copied as they are where the target can hold them (MySQL family; "
             "SQLite as text); PostgreSQL refuses them.")}},
        m_zeroDatesHelp);
    for (QComboBox *combo : {m_nonEmpty, m_indexes, m_zeroDates})
        combo->setMinimumWidth(170);
    auto *policies = grid();
    addRow(policies, tr("Non-empty target:"), m_nonEmpty, m_nonEmptyHelp);
    addRow(policies, tr("Secondary indexes:"), m_indexes, m_indexesHelp);
    addRow(policies, tr("Zero dates:"), m_zeroDates, m_zeroDatesHelp);
    m_lowerCase = new QCheckBox(tr("Lower case"));
    m_lowerCase->setObjectName(QStringLiteral("lowerCaseNamesCheck"));
    m_lowerCaseHelp = helpLabel(QStringLiteral("lowerCaseNamesHelp"));
    m_lowerCaseHelp->setText(tr("PostgreSQL targets: tables, columns and indexes get lower-case "
                                "names, so queries need no quotes. Names you set are kept."));
    addRow(policies, tr("Target names:"), m_lowerCase, m_lowerCaseHelp);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(card(tr("Throughput"), throughput), 1);
    top->addWidget(card(tr("Target policies"), policies), 1);

    // Type mapping.
    m_types = new TypeMappingModel(m_objects, this);
    m_types->setObjectName(QStringLiteral("typeMappingModel"));
    auto *changes = new QSortFilterProxyModel(this);
    changes->setSourceModel(m_types);
    changes->setFilterRole(TypeMappingModel::ChangesRole);
    m_typeProxy = new QSortFilterProxyModel(this);
    m_typeProxy->setSourceModel(changes);
    m_typeProxy->setFilterKeyColumn(-1);
    m_typeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_typeSearch = new QLineEdit;
    m_typeSearch->setObjectName(QStringLiteral("typeSearch"));
    m_typeSearch->setPlaceholderText(tr("Find a table, column or type…"));
    m_typeSearch->setClearButtonEnabled(true);
    m_changesOnly = new QCheckBox(tr("Only columns whose type changes"));
    m_changesOnly->setObjectName(QStringLiteral("changesOnlyCheck"));
    m_changesOnly->setToolTip(tr("Hide the exact mappings: show widened, lossy and unsupported "
                                 "columns and your overrides."));
    m_typeSummary = new QLabel;
    m_typeSummary->setObjectName(QStringLiteral("typeSummary"));
    m_typeSummary->setTextFormat(Qt::RichText);
    m_typeView = new QTableView;
    m_typeView->setObjectName(QStringLiteral("typeMappingView"));
    m_typeView->setModel(m_typeProxy);
    m_typeView->verticalHeader()->hide();
    m_typeView->setAlternatingRowColors(true);
    m_typeView->setWordWrap(false);
    m_typeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
    auto *h = m_typeView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    m_typeView->verticalHeader()->setDefaultSectionSize(24);
    m_typeView->setColumnWidth(TypeMappingModel::Table, 190);
    m_typeView->setColumnWidth(TypeMappingModel::ColumnName, 170);
    m_typeView->setColumnWidth(TypeMappingModel::SourceType, 170);
    m_typeView->setColumnWidth(TypeMappingModel::TargetType, 190);
    m_typeView->setColumnWidth(TypeMappingModel::FidelityColumn, 110);

    auto *typeBar = new QHBoxLayout;
    typeBar->setSpacing(10);
    typeBar->addWidget(m_typeSearch, 1);
    typeBar->addWidget(m_changesOnly);
    auto *typeLayout = new QVBoxLayout;
    typeLayout->setSpacing(6);
    auto *typeHelp = helpLabel(QStringLiteral("typeHelp"));
    typeHelp->setText(tr("Double-click a target type to declare the column yourself; clear it to "
                         "return to Ferry's choice."));
    typeLayout->addWidget(typeHelp);
    typeLayout->addLayout(typeBar);
    typeLayout->addWidget(m_typeView, 1);
    typeLayout->addWidget(m_typeSummary);
    QFrame *typeCard = card(tr("Type mapping"), typeLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(typeCard, 1);

    connect(m_typeSearch, &QLineEdit::textChanged, m_typeProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_changesOnly, &QCheckBox::toggled, changes, [changes](bool on) {
        changes->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    connect(m_types, &TypeMappingModel::overridesChanged, this, &OptionsStep::updateTypeSummary);
    connect(m_types, &TypeMappingModel::overridesChanged, this, &WizardStep::changed);
    connect(m_types, &QAbstractItemModel::modelReset, this, &OptionsStep::updateTypeSummary);
    for (QSpinBox *spin : {m_concurrency, m_rows, m_chunkRows})
        connect(spin, &QSpinBox::valueChanged, this, &WizardStep::changed);
    connect(m_bytes, &QDoubleSpinBox::valueChanged, this, &WizardStep::changed);
    connect(m_lowerCase, &QCheckBox::toggled, this, &WizardStep::changed);
    for (QComboBox *combo : {m_nonEmpty, m_indexes, m_zeroDates})
        connect(combo, &QComboBox::currentIndexChanged, this, &WizardStep::changed);

    // A new project starts from the system parameters project.* (System Management).
    MigrationOptions defaults;
    const ProjectDefaults d = projectdefaults::current();
    defaults.concurrency = d.concurrency;
    defaults.chunkRows = d.chunkRows;
    defaults.rowsPerSecond = d.rowsPerSecond;
    defaults.bytesPerSecond = d.bytesPerSecond;
    setOptions(defaults);
    updateTypeSummary();
}

QComboBox *OptionsStep::policyCombo(const QString &objectName,
                                    const QList<std::tuple<QString, QString, QString>> &items,
                                    QLabel *help)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (const auto &[id, text, explanation] : items) {
        combo->addItem(text, id);
        combo->setItemData(combo->count() - 1, explanation, Qt::ToolTipRole);
    }
    connect(combo, &QComboBox::currentIndexChanged, help,
            [combo, help] { help->setText(combo->currentData(Qt::ToolTipRole).toString()); });
    return combo;
}

void OptionsStep::setEngines(Engine source, Engine target)
{
    m_types->rebuild(source, target);
    const bool mysqlSource = engines::family(source) == EngineFamily::MySql;
    m_zeroDates->setEnabled(mysqlSource);
    m_zeroDates->setToolTip(mysqlSource ? QString()
                                        : tr("Only MySQL-family sources hold zero dates."));
    const bool postgresTarget = target == Engine::PostgreSql;
    m_lowerCase->setEnabled(postgresTarget);
    m_lowerCase->setToolTip(
        postgresTarget ? QString() : tr("Only PostgreSQL targets fold names to lower case."));
    m_concurrencyHelp->setText(target == Engine::Sqlite
                                   ? tr("Parallel readers; an SQLite target takes one writer.")
                                   : tr("Parallel workers, each a reader and a writer."));
    m_typeView->resizeColumnToContents(TypeMappingModel::TargetType);
    if (m_typeView->columnWidth(TypeMappingModel::TargetType) < 160)
        m_typeView->setColumnWidth(TypeMappingModel::TargetType, 160);
}

void OptionsStep::updateTypeSummary()
{
    const int total = m_types->rowCount();
    if (total == 0) {
        m_typeSummary->setText(tr("<span style='color:#6b7a8c'>No column is selected.</span>"));
        return;
    }
    QStringList parts;
    parts << tr("%n column(s)", nullptr, total);
    parts << tr("<span style='color:#1f7a4d'>%1 exact</span>").arg(m_types->count(Fidelity::Exact));
    parts << tr("<span style='color:#2f6fb0'>%1 widened</span>")
                 .arg(m_types->count(Fidelity::Widened));
    parts << tr("<span style='color:#a15c00'>%1 lossy</span>").arg(m_types->count(Fidelity::Lossy));
    parts << tr("<span style='color:#b3261e'>%1 unsupported</span>")
                 .arg(m_types->count(Fidelity::Unsupported));
    parts << tr("<span style='color:#6a3db8'>%1 overridden</span>").arg(m_types->overrideCount());
    m_typeSummary->setText(parts.join(QStringLiteral(" · ")));
}

MigrationOptions OptionsStep::options() const
{
    MigrationOptions o;
    o.concurrency = m_concurrency->value();
    o.rowsPerSecond = m_rows->value();
    o.bytesPerSecond = qint64(m_bytes->value());
    o.chunkRows = m_chunkRows->value();
    const QString nonEmpty = m_nonEmpty->currentData().toString();
    o.nonEmptyTarget = nonEmpty == u"ignore" ? NonEmptyPolicy::Ignore
        : nonEmpty == u"truncate"            ? NonEmptyPolicy::Truncate
                                             : NonEmptyPolicy::Stop;
    const QString indexes = m_indexes->currentData().toString();
    o.indexes = indexes == u"withSchema" ? IndexTiming::WithSchema
        : indexes == u"skip"             ? IndexTiming::Skip
                                         : IndexTiming::AfterFull;
    const QString zero = m_zeroDates->currentData().toString();
    o.zeroDates = zero == u"null" ? ZeroDatePolicy::Null
        : zero == u"keep"         ? ZeroDatePolicy::Keep
                                  : ZeroDatePolicy::Reject;
    return o;
}

void OptionsStep::setOptions(const MigrationOptions &o)
{
    m_concurrency->setValue(o.concurrency);
    m_rows->setValue(int(std::min<qint64>(o.rowsPerSecond, m_rows->maximum())));
    m_bytes->setValue(double(o.bytesPerSecond));
    m_chunkRows->setValue(int(o.chunkRows));
    selectData(m_nonEmpty, nonEmptyPolicyName(o.nonEmptyTarget));
    selectData(m_indexes, indexTimingName(o.indexes));
    selectData(m_zeroDates,
               o.zeroDates == ZeroDatePolicy::Null       ? QStringLiteral("null")
                   : o.zeroDates == ZeroDatePolicy::Keep ? QStringLiteral("keep")
                                                         : QStringLiteral("reject"));
    for (QComboBox *combo : {m_nonEmpty, m_indexes, m_zeroDates}) {
        QLabel *help = combo == m_nonEmpty ? m_nonEmptyHelp
            : combo == m_indexes           ? m_indexesHelp
                                           : m_zeroDatesHelp;
        help->setText(combo->currentData(Qt::ToolTipRole).toString());
    }
}

bool OptionsStep::lowerCaseNames() const
{
    return m_lowerCase->isEnabled() && m_lowerCase->isChecked();
}

void OptionsStep::setLowerCaseNames(bool on)
{
    m_lowerCase->setChecked(on);
}

} // namespace ferry::ui
