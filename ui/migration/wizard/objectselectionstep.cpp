#include "objectselectionstep.h"

#include "consolecontext.h"
#include "objecttreemodel.h"
#include "project/projectservice.h"
#include "rulepreviewmodel.h"
#include "schema/schemaplan.h"
#include "widgets/async.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"
#include "widgets/vaultgate.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

enum Page { LoadingPage, ErrorPage, TreePage, EmptyPage };

QString sourceKey(const EndpointSpec &spec)
{
    return spec.isDataSource() ? spec.dataSource
                               : QStringLiteral("inline:") + spec.endpoint.displayAddress();
}

// The table a rule names exactly (no pattern, one table), or -1.
int exactTable(const QString &source, const QList<ObjectTreeModel::TableState> &states)
{
    if (ObjectRules::isPattern(source))
        return -1;
    int found = -1;
    for (int t = 0; t < states.size(); ++t) {
        if (!schemaplan::matches(source, states[t].table.ref))
            continue;
        if (found >= 0)
            return -1;
        found = t;
    }
    return found;
}

} // namespace

ObjectSelectionStep::ObjectSelectionStep(ConsoleContext *context, QWidget *parent)
    : WizardStep(tr("Objects"),
                 tr("Choose the tables and columns to migrate, their target names and row "
                    "filters."),
                 parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("objectSelectionStep"));
    m_objects = new ObjectTreeModel(this);
    m_objects->setObjectName(QStringLiteral("objectTreeModel"));
    m_preview = new RulePreviewModel(this);
    m_preview->setObjectName(QStringLiteral("rulePreviewModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_objects);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ObjectTreeModel::Name);

    m_lockedBanner = new QLabel(tr("This project has started: its tables, columns, names and "
                                   "types are fixed. Steps and options can still change."));
    m_lockedBanner->setObjectName(QStringLiteral("lockedBanner"));
    m_lockedBanner->setWordWrap(true);
    m_lockedBanner->setStyleSheet(QStringLiteral(
        "background: #fff6e5; border: 1px solid #f0d49b; border-radius: 4px; padding: 6px 10px;"
        " color: #6b4a00;"));
    m_lockedBanner->hide();

    // Rules.
    m_include = new QLineEdit(QStringLiteral("*"));
    m_include->setObjectName(QStringLiteral("includeField"));
    m_include->setPlaceholderText(tr("patterns, e.g. *  or  orders*, customers"));
    m_exclude = new QLineEdit;
    m_exclude->setObjectName(QStringLiteral("excludeField"));
    m_exclude->setPlaceholderText(tr("patterns, e.g. tmp_*, *_backup"));
    const QString patternHelp =
        tr("Comma-separated patterns: * matches any characters, ? one. Without a dot a pattern "
           "matches table names; with one, database.table (MySQL) or schema.table "
           "(PostgreSQL). Names are case-sensitive. Exclusions win.");
    m_include->setToolTip(patternHelp);
    m_exclude->setToolTip(patternHelp);
    m_ruleWarnings = new QLabel;
    m_ruleWarnings->setObjectName(QStringLiteral("ruleWarnings"));
    m_ruleWarnings->setWordWrap(true);
    m_ruleWarnings->setTextFormat(Qt::RichText);
    m_ruleWarnings->hide();
    auto *ruleHelp = new QLabel(patternHelp);
    ruleHelp->setObjectName(QStringLiteral("mutedLabel"));
    ruleHelp->setWordWrap(true);

    auto *rules = new QFrame;
    rules->setObjectName(QStringLiteral("card"));
    auto *grid = new QGridLayout(rules);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->addWidget(new QLabel(tr("Include:")), 0, 0);
    grid->addWidget(m_include, 0, 1);
    grid->addWidget(new QLabel(tr("Exclude:")), 0, 2);
    grid->addWidget(m_exclude, 0, 3);
    grid->addWidget(ruleHelp, 1, 1, 1, 3);
    grid->addWidget(m_ruleWarnings, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // The tree and its states.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("tableSearch"));
    m_search->setPlaceholderText(tr("Find a table or column…"));
    m_search->setClearButtonEnabled(true);
    m_selectAll = new QPushButton(tr("Select all"));
    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectNone = new QPushButton(tr("Select none"));
    m_selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_selectionSummary = new QLabel;
    m_selectionSummary->setObjectName(QStringLiteral("selectionSummary"));

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("objectTree"));
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 0; }"));
    m_tree->setColumnWidth(ObjectTreeModel::Name, 210);
    m_tree->setColumnWidth(ObjectTreeModel::Type, 150);
    m_tree->setColumnWidth(ObjectTreeModel::Rows, 80);
    m_tree->setColumnWidth(ObjectTreeModel::Target, 150);

    auto *loading = new QWidget;
    auto *loadingLayout = new QVBoxLayout(loading);
    m_loadingText = new QLabel;
    m_loadingText->setObjectName(QStringLiteral("loadingText"));
    m_loadingText->setAlignment(Qt::AlignCenter);
    m_loadingText->setWordWrap(true);
    auto *busy = new QProgressBar;
    busy->setObjectName(QStringLiteral("loadingProgress"));
    busy->setRange(0, 0);
    busy->setMaximumWidth(320);
    busy->setTextVisible(false);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(2);

    auto *failed = new QWidget;
    failed->setObjectName(QStringLiteral("errorPanel"));
    auto *failedLayout = new QVBoxLayout(failed);
    auto *failedIcon = new QLabel;
    failedIcon->setPixmap(icons::get(QStringLiteral("status/error")).pixmap(32, 32));
    failedIcon->setAlignment(Qt::AlignCenter);
    auto *failedTitle = new QLabel(tr("The source's tables could not be read"));
    failedTitle->setObjectName(QStringLiteral("sectionTitle"));
    failedTitle->setAlignment(Qt::AlignCenter);
    m_errorText = new QLabel;
    m_errorText->setObjectName(QStringLiteral("loadError"));
    m_errorText->setAlignment(Qt::AlignCenter);
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::RichText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(icons::get(QStringLiteral("action/refresh")), tr("Retry"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    failedLayout->addStretch(1);
    failedLayout->addWidget(failedIcon);
    failedLayout->addWidget(failedTitle);
    failedLayout->addWidget(m_errorText);
    failedLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    failedLayout->addStretch(2);

    m_emptyText = new EmptyState(QString());

    m_stack = new QStackedWidget;
    m_stack->insertWidget(LoadingPage, loading);
    m_stack->insertWidget(ErrorPage, failed);
    m_stack->insertWidget(TreePage, m_tree);
    m_stack->insertWidget(EmptyPage, m_emptyText);

    auto *treeBar = new QHBoxLayout;
    treeBar->setSpacing(6);
    treeBar->addWidget(m_search, 1);
    treeBar->addWidget(m_selectAll);
    treeBar->addWidget(m_selectNone);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addLayout(treeBar);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_selectionSummary);

    // What the rules make of the tables.
    auto *previewTitle = new QLabel(tr("Rule preview"));
    previewTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewView = new QTableView;
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->setDefaultSectionSize(24);
    m_previewView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::Table,
                                                            QHeaderView::ResizeToContents);
    m_previewView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::Outcome,
                                                            QHeaderView::ResizeToContents);
    m_previewView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::Reason,
                                                            QHeaderView::Stretch);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(previewTitle);
    rightLayout->addWidget(m_previewSummary);
    rightLayout->addWidget(m_previewView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({720, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_lockedBanner);
    layout->addWidget(rules);
    layout->addWidget(splitter, 1);

    connect(m_include, &QLineEdit::textChanged, this, &ObjectSelectionStep::rulesEdited);
    connect(m_exclude, &QLineEdit::textChanged, this, &ObjectSelectionStep::rulesEdited);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_selectAll, &QPushButton::clicked, m_objects,
            [this] { m_objects->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, m_objects,
            [this] { m_objects->setAllChecked(false); });
    connect(m_objects, &ObjectTreeModel::edited, this, &ObjectSelectionStep::refresh);
    connect(m_retry, &QPushButton::clicked, this, &ObjectSelectionStep::reload);

    m_stack->setCurrentIndex(LoadingPage);
    m_loadingText->setText(tr("The tables are read when a source is chosen."));
    rulesEdited();
}

void ObjectSelectionStep::setSource(const EndpointSpec &spec,
                                    const std::optional<DataSource> &dataSource)
{
    const QString key = sourceKey(spec);
    m_dataSource = dataSource;
    if (key == m_loadedKey && (m_state == State::Loading || m_state == State::Loaded))
        return;
    m_spec = spec;
    m_loadedKey = key;
    startLoad();
}

void ObjectSelectionStep::reload()
{
    startLoad();
}

void ObjectSelectionStep::startLoad()
{
    const int generation = ++m_generation;
    m_state = State::Loading;
    const Endpoint shown = m_dataSource ? m_dataSource->endpoint : m_spec.endpoint;
    m_engine = shown.engine;
    m_loadingText->setText(
        tr("Reading the tables of %1 on %2…").arg(shown.effectiveSchema(), shown.displayAddress()));
    m_stack->setCurrentIndex(LoadingPage);
    m_selectionSummary->clear();
    refresh();

    ConsoleContext *context = m_context;
    const EndpointSpec spec = m_spec;
    auto read = [this, generation, context, spec](bool ready) {
        if (generation != m_generation)
            return;
        if (!ready) {
            showError(makeError(Error::Code::Locked,
                                tr("the saved password of %1 cannot be read while the vault is "
                                   "locked")
                                    .arg(spec.dataSource),
                                tr("Unlock the vault with Retry.")));
            return;
        }
        runAsync(
            this, [projects = context->projects(), spec] { return projects->readCatalog(spec); },
            [this, generation](const Result<QList<Table>> &tables) {
                if (generation != m_generation)
                    return; // another source was chosen since
                if (tables)
                    showTables(*tables);
                else
                    showError(tables.error());
            });
    };
    if (m_dataSource && m_dataSource->hasPassword)
        ensureSecretsReady(this, m_context, read);
    else
        read(true);
}

void ObjectSelectionStep::showTables(const QList<Table> &tables)
{
    m_state = State::Loaded;
    m_objects->setTables(tables);
    applyPending();
    m_emptyText->setText(tr("%1 has no tables to migrate.")
                             .arg((m_dataSource ? m_dataSource->endpoint : m_spec.endpoint)
                                      .effectiveSchema()
                                      .toHtmlEscaped()));
    m_stack->setCurrentIndex(tables.isEmpty() ? EmptyPage : TreePage);
    rulesEdited();
    emit loadFinished(true);
}

void ObjectSelectionStep::showError(const Error &error)
{
    m_state = State::Failed;
    QString text = error.message.toHtmlEscaped();
    if (!error.fix.isEmpty())
        text += QStringLiteral("<br><br><b>%1</b> %2").arg(tr("Fix:"), error.fix.toHtmlEscaped());
    m_errorText->setText(text);
    m_stack->setCurrentIndex(ErrorPage);
    refresh();
    emit loadFinished(false);
}

void ObjectSelectionStep::loadDefinition(const ProjectDefinition &definition)
{
    m_pending = definition;
    m_include->setText(definition.include.join(QStringLiteral(", ")));
    m_exclude->setText(definition.exclude.join(QStringLiteral(", ")));
    if (m_state == State::Loaded)
        applyPending();
}

void ObjectSelectionStep::applyPending()
{
    if (!m_pending)
        return;
    const ProjectDefinition definition = *m_pending;
    m_pending.reset();
    QList<ObjectTreeModel::TableState> states = m_objects->states();
    m_extraRules.clear();

    // Plain table names among the exclusions are tables unchecked in the list.
    QStringList patterns;
    for (const QString &e : definition.exclude) {
        bool found = false;
        if (!ObjectRules::isPattern(e))
            for (auto &s : states)
                if (s.table.ref.name == e || s.table.ref.display() == e) {
                    for (int c = 0; c < s.columnChecked.size(); ++c)
                        s.columnChecked[c] = false;
                    found = true;
                }
        if (!found)
            patterns << e;
    }

    for (const TableRule &rule : definition.tables) {
        const int t = exactTable(rule.source, states);
        bool fits = t >= 0;
        if (fits) {
            const Table &table = states[t].table;
            for (const QString &c : rule.columns)
                fits = fits && table.column(c);
            for (auto it = rule.renames.begin(); it != rule.renames.end(); ++it)
                fits = fits && table.column(it.key());
            for (auto it = rule.types.begin(); it != rule.types.end(); ++it)
                fits = fits && table.column(it.key());
        }
        if (!fits) {
            m_extraRules << rule; // a pattern, or names the tree cannot show: kept as written
            continue;
        }
        auto &s = states[t];
        if (rule.selects) {
            if (!rule.target.isEmpty())
                s.target = rule.target == s.table.ref.name ? QString() : rule.target;
            if (!rule.filter.isEmpty())
                s.filter = rule.filter;
            if (!rule.columns.isEmpty())
                for (int c = 0; c < s.columnChecked.size(); ++c)
                    s.columnChecked[c] =
                        s.copyable(c) && rule.columns.contains(s.table.columns[c].name);
            for (auto it = rule.renames.begin(); it != rule.renames.end(); ++it)
                s.columnTarget[s.table.columnIndex(it.key())] = it.value();
        }
        for (auto it = rule.types.begin(); it != rule.types.end(); ++it)
            s.columnType[s.table.columnIndex(it.key())] = it.value();
    }
    m_objects->setStates(states);
    m_exclude->setText(patterns.join(QStringLiteral(", ")));
}

void ObjectSelectionStep::setLocked(bool locked)
{
    m_locked = locked;
    m_objects->setReadOnly(locked);
    m_lockedBanner->setVisible(locked);
    for (QLineEdit *edit : {m_include, m_exclude}) {
        edit->setReadOnly(locked);
        edit->setStyleSheet(locked ? QStringLiteral("QLineEdit { background: #f1f4f8; }")
                                   : QString());
    }
    refresh();
}

void ObjectSelectionStep::rulesEdited()
{
    ObjectRules rules;
    rules.include = ObjectRules::parse(m_include->text());
    rules.exclude = ObjectRules::parse(m_exclude->text());
    m_objects->setRules(rules);
    refresh();
}

void ObjectSelectionStep::refresh()
{
    const bool loaded = m_state == State::Loaded;
    m_search->setEnabled(loaded);
    m_selectAll->setEnabled(loaded && !m_locked);
    m_selectNone->setEnabled(loaded && !m_locked);
    m_preview->update(*m_objects);
    const ObjectRules &rules = m_objects->rules();
    const QList<Table> tables = m_objects->tables();
    QStringList warnings;
    if (m_state == State::Loaded) {
        if (rules.include.isEmpty())
            warnings << tr("<span style='color:#b3261e'>Give at least one include rule: * takes "
                           "every table.</span>");
        for (const QString &p : rules.unmatchedIncludes(tables))
            warnings << tr("<span style='color:#b3261e'>Include rule <b>%1</b> matches no table: "
                           "the precheck would fail. Correct or remove it.</span>")
                            .arg(p.toHtmlEscaped());
        for (const QString &p : rules.unmatchedExcludes(tables))
            warnings << tr("<span style='color:#a15c00'>Exclude rule <b>%1</b> matches no "
                           "table.</span>")
                            .arg(p.toHtmlEscaped());
        if (!m_extraRules.isEmpty())
            warnings << tr("<span style='color:#6b7a8c'>%n table rule(s) of the project file "
                           "apply by pattern and are kept as written.</span>",
                           nullptr, int(m_extraRules.size()));
    }
    m_ruleWarnings->setText(warnings.join(QStringLiteral("<br>")));
    m_ruleWarnings->setVisible(!warnings.isEmpty());

    if (m_state == State::Loaded) {
        qint64 rows = 0;
        int migrated = 0;
        for (int t = 0; t < m_objects->states().size(); ++t)
            if (m_objects->isMigrated(t)) {
                ++migrated;
                rows += std::max<qint64>(0, m_objects->states()[t].table.rowEstimate);
            }
        m_selectionSummary->setText(tr("%1 of %2 tables selected · about %3 rows")
                                        .arg(migrated)
                                        .arg(tables.size())
                                        .arg(QLocale().toString(rows)));
        m_previewSummary->setText(tr("%1 migrated, %2 left out.")
                                      .arg(m_preview->migratedCount())
                                      .arg(tables.size() - m_preview->migratedCount()));
    } else {
        m_previewSummary->setText(tr("The preview appears once the tables are read."));
    }
    emit changed();
}

QString ObjectSelectionStep::blocker() const
{
    switch (m_state) {
    case State::Idle:
    case State::Loading: return tr("Reading the source's tables…");
    case State::Failed: return tr("The source's tables could not be read: see why, then Retry.");
    case State::Loaded: break;
    }
    const ObjectRules &rules = m_objects->rules();
    if (m_objects->states().isEmpty())
        return tr("The source has no tables to migrate.");
    if (rules.include.isEmpty())
        return tr("Give at least one include rule (* takes every table).");
    if (const QStringList unmatched = rules.unmatchedIncludes(m_objects->tables());
        !unmatched.isEmpty())
        return tr("Include rule %1 matches no table: correct or remove it.").arg(unmatched.first());
    if (m_preview->migratedCount() == 0)
        return tr("No table is selected: check at least one table, or widen the rules.");
    return {};
}

QStringList ObjectSelectionStep::include() const
{
    return ObjectRules::parse(m_include->text());
}

QStringList ObjectSelectionStep::exclude() const
{
    QStringList out = ObjectRules::parse(m_exclude->text());
    const ObjectRules &rules = m_objects->rules();
    for (const auto &s : m_objects->states())
        if (!s.anyChecked() && rules.verdict(s.table.ref).selected()
            && !out.contains(s.table.ref.name))
            out << s.table.ref.name;
    return out;
}

QList<TableRule> ObjectSelectionStep::tableRules() const
{
    QList<TableRule> out = m_extraRules;
    const auto &states = m_objects->states();
    for (int t = 0; t < states.size(); ++t) {
        if (!m_objects->isMigrated(t))
            continue;
        const auto &s = states[t];
        TableRule rule;
        rule.source = s.table.ref.name;
        rule.target = s.target;
        rule.filter = s.filter;
        const bool subset = !s.allChecked();
        for (int c = 0; c < s.table.columns.size(); ++c) {
            if (!s.columnChecked[c])
                continue;
            const QString &name = s.table.columns[c].name;
            if (subset)
                rule.columns << name;
            if (!s.columnTarget[c].isEmpty())
                rule.renames.insert(name, s.columnTarget[c]);
            if (!s.columnType[c].isEmpty())
                rule.types.insert(name, s.columnType[c]);
        }
        if (!rule.target.isEmpty() || !rule.filter.isEmpty() || !rule.columns.isEmpty()
            || !rule.renames.isEmpty() || !rule.types.isEmpty())
            out << rule;
    }
    return out;
}

} // namespace ferry::ui
