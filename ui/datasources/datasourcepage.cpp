#include "datasourcepage.h"

#include "adddatasource.h"
#include "consolecontext.h"
#include "datasource/datasourceservice.h"
#include "datasourcedialog.h"
#include "datasourcetablemodel.h"
#include "probefindingsmodel.h"
#include "secrets/secretstore.h"
#include "store/datasourcerepository.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/messages.h"
#include "widgets/pageheader.h"
#include "widgets/vaultgate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::ui {

DataSourcePage::DataSourcePage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dataSourcePage"));
    auto *header = new PageHeader(
        tr("Data Source Management"),
        tr("Databases Ferry reads from and writes to. Passwords are kept in the OS keychain or "
           "the encrypted vault, never in the store."));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addAction = toolbar->addAction(icons::get(QStringLiteral("action/add")), tr("Add"));
    m_addAction->setObjectName(QStringLiteral("addDataSource"));
    m_editAction = toolbar->addAction(icons::get(QStringLiteral("action/edit")), tr("Edit"));
    m_editAction->setObjectName(QStringLiteral("editDataSource"));
    m_copyAction = toolbar->addAction(icons::get(QStringLiteral("action/copy")), tr("Copy"));
    m_copyAction->setObjectName(QStringLiteral("copyDataSource"));
    m_deleteAction = toolbar->addAction(icons::get(QStringLiteral("action/delete")), tr("Delete"));
    m_deleteAction->setObjectName(QStringLiteral("deleteDataSource"));
    toolbar->addSeparator();
    m_testAction =
        toolbar->addAction(icons::get(QStringLiteral("action/test")), tr("Test connection"));
    m_testAction->setObjectName(QStringLiteral("testDataSource"));
    auto *refresh = toolbar->addAction(icons::get(QStringLiteral("action/refresh")), tr("Refresh"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, engine, endpoint…"));
    m_search->setClearButtonEnabled(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(toolbar, 1);
    bar->addWidget(m_search);

    m_model = new DataSourceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(DataSourceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dataSourceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DataSourceTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DataSourceTableModel::LastTest,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DataSourceTableModel::TestedAt,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(DataSourceTableModel::Name, 150);
    m_table->setColumnWidth(DataSourceTableModel::Engine, 110);
    m_table->setColumnWidth(DataSourceTableModel::Endpoint, 160);
    m_table->setColumnWidth(DataSourceTableModel::Database, 120);
    m_table->setColumnWidth(DataSourceTableModel::Tls, 80);

    m_empty = new QLabel(tr("No data sources yet. Click <b>Add</b> to register the first "
                            "database Ferry should read from or write to."));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    // Details of the selected source.
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 8, 0, 0);
    m_detailsTitle = new QLabel;
    m_detailsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_testState = new QLabel;
    m_testState->setObjectName(QStringLiteral("testState"));
    m_testState->setWordWrap(true);
    m_findings = new ProbeFindingsModel(this);
    m_findingsView = new QTableView;
    m_findingsView->setObjectName(QStringLiteral("pageFindingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_findingsView->setWordWrap(true);
    auto *fh = m_findingsView->horizontalHeader();
    fh->setSectionResizeMode(ProbeFindingsModel::Item, QHeaderView::ResizeToContents);
    fh->setSectionResizeMode(ProbeFindingsModel::Value, QHeaderView::ResizeToContents);
    fh->setSectionResizeMode(ProbeFindingsModel::Message, QHeaderView::Stretch);
    fh->setSectionResizeMode(ProbeFindingsModel::Blocks, QHeaderView::ResizeToContents);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_testState);
    detailsLayout->addWidget(m_findingsView, 1);

    auto *listArea = new QWidget;
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table);
    listLayout->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listArea);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataSourcePage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &DataSourcePage::editSelected);
    connect(m_addAction, &QAction::triggered, this, &DataSourcePage::addSource);
    connect(m_editAction, &QAction::triggered, this, &DataSourcePage::editSelected);
    connect(m_copyAction, &QAction::triggered, this, &DataSourcePage::copySelected);
    connect(m_deleteAction, &QAction::triggered, this, &DataSourcePage::deleteSelected);
    connect(m_testAction, &QAction::triggered, this, &DataSourcePage::testSelected);
    connect(refresh, &QAction::triggered, this, &DataSourcePage::reload);
    connect(m_context, &ConsoleContext::dataSourcesChanged, this, &DataSourcePage::reload);
    connect(m_context, &ConsoleContext::userChanged, this, &DataSourcePage::selectionChanged);

    selectionChanged();
    reload();
}

void DataSourcePage::reload()
{
    auto repository = m_context->dataSources();
    runAsync(
        this, [repository] { return repository->list(); },
        [this](const Result<QList<DataSource>> &sources) {
            if (!sources) {
                m_empty->setText(
                    tr("Cannot read the data sources: %1").arg(sources.error().text()));
                m_empty->show();
                m_table->hide();
                return;
            }
            const qint64 keep =
                m_pendingSelection ? m_pendingSelection : (selected() ? selected()->id : 0);
            m_pendingSelection = 0;
            m_model->setSources(*sources);
            m_empty->setVisible(sources->isEmpty());
            m_table->setVisible(!sources->isEmpty());
            if (keep)
                selectById(keep);
            else if (!sources->isEmpty())
                m_table->selectRow(0);
            selectionChanged();
            emit reloaded();
        });
}

const DataSource *DataSourcePage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->sourceAt(m_proxy->mapToSource(rows.first()).row());
}

void DataSourcePage::selectById(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

void DataSourcePage::selectionChanged()
{
    const DataSource *s = selected();
    const bool has = s != nullptr;
    m_editAction->setEnabled(has);
    m_copyAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    m_testAction->setEnabled(has && !m_testing.value(s->id));
    // A viewer reads; the core refuses the rest anyway.
    const bool mayChange = m_context->allows(Permission::Change);
    for (QAction *a : {m_addAction, m_editAction, m_copyAction, m_deleteAction})
        a->setVisible(mayChange);
    m_testAction->setVisible(m_context->allows(Permission::Run));
    showDetails();
}

void DataSourcePage::showDetails()
{
    const DataSource *s = selected();
    if (!s) {
        m_detailsTitle->setText(m_model->rowCount() ? tr("Select a data source") : QString());
        m_details->clear();
        m_testState->clear();
        m_findings->setFindings({});
        m_findingsView->hide();
        return;
    }
    const Endpoint &e = s->endpoint;
    m_detailsTitle->setText(s->name);
    QStringList lines;
    lines << tr("<b>Engine</b> %1").arg(s->engineName().toHtmlEscaped());
    if (s->kafka) {
        const KafkaTarget &k = *s->kafka;
        lines << tr("<b>Bootstrap servers</b> %1").arg(k.bootstrapServers.toHtmlEscaped());
        lines << tr("<b>Security</b> %1")
                     .arg(k.securityProtocol.isEmpty() ? QStringLiteral("plaintext")
                                                       : k.securityProtocol.toHtmlEscaped());
        if (!k.saslMechanism.isEmpty())
            lines << tr("<b>SASL</b> %1 as %2")
                         .arg(k.saslMechanism.toHtmlEscaped(), k.user.toHtmlEscaped());
        if (!k.caFile.isEmpty())
            lines << tr("<b>CA file</b> %1").arg(k.caFile.toHtmlEscaped());
        lines << tr("<b>Client id</b> %1").arg(k.clientId.toHtmlEscaped());
        lines << tr("<b>Password</b> %1").arg(s->hasPassword ? tr("saved") : tr("none"));
    } else if (e.engine == ferry::Engine::Sqlite) {
        lines << tr("<b>File</b> %1").arg(e.path.toHtmlEscaped());
    } else {
        lines << tr("<b>Endpoint</b> %1:%2").arg(e.host.toHtmlEscaped()).arg(e.port);
        lines << tr("<b>User</b> %1").arg(e.user.toHtmlEscaped());
        if (!e.database.isEmpty())
            lines << tr("<b>Database</b> %1").arg(e.database.toHtmlEscaped());
        if (e.engine == ferry::Engine::PostgreSql)
            lines << tr("<b>Schema</b> %1").arg(e.effectiveSchema().toHtmlEscaped());
        lines << tr("<b>TLS</b> %1").arg(engines::tlsModeId(e.tlsMode));
        lines << tr("<b>Password</b> %1").arg(s->hasPassword ? tr("saved") : tr("none"));
    }
    if (!s->remark.isEmpty())
        lines << tr("<b>Remark</b> %1").arg(s->remark.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    if (m_testing.value(s->id)) {
        m_testState->setText(tr("Testing the connection…"));
        m_testState->setStyleSheet(QStringLiteral("color: #2f6fb0; font-weight: 600;"));
    } else if (s->lastTest.tested) {
        m_testState->setText(
            tr("Last test %1: %2")
                .arg(QLocale().toString(s->lastTest.at.toLocalTime(), QLocale::ShortFormat),
                     s->lastTest.summary));
        m_testState->setStyleSheet(s->lastTest.ok
                                       ? QStringLiteral("color: #1f7a4d; font-weight: 600;")
                                       : QStringLiteral("color: #b3261e; font-weight: 600;"));
    } else {
        m_testState->setText(tr("Not tested yet: use Test connection to check the server and "
                                "what migrations it allows."));
        m_testState->setStyleSheet(QStringLiteral("color: #5b6b7f;"));
    }
    // This session's probe, else the one stored with the last test.
    const auto report = m_reports.constFind(s->id);
    QList<ProbeFinding> findings;
    if (report != m_reports.constEnd())
        findings = report->findings;
    else if (s->lastTest.ok)
        findings = ProbeReport::fromJson(s->lastTest.report).findings;
    if (!findings.isEmpty() && !m_testing.value(s->id)) {
        m_findings->setFindings(findings);
        m_findingsView->show();
        m_findingsView->resizeRowsToContents();
    } else {
        m_findings->setFindings({});
        m_findingsView->hide();
    }
}

void DataSourcePage::addSource()
{
    DataSource blank;
    blank.endpoint.engine = ferry::Engine::MariaDb;
    blank.endpoint.host = QStringLiteral("127.0.0.1");
    blank.endpoint.port = engines::defaultPort(blank.endpoint.engine);
    addDataSourceInteractively(this, m_context, blank,
                               [this](const DataSource &added) { m_pendingSelection = added.id; });
}

void DataSourcePage::editSelected()
{
    const DataSource *s = selected();
    if (!s)
        return;
    auto *dialog = new DataSourceDialog(DataSourceDialog::Mode::Edit, *s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ConsoleContext *context = m_context;
    const DataSource original = *s;
    dialog->setEndpointResolver([context, original](const Endpoint &typed) -> Result<Endpoint> {
        if (!original.hasPassword)
            return typed;
        auto service = context->dataSourceService();
        if (!service)
            return std::unexpected(service.error());
        auto saved = (*service)->endpointWithPassword(original);
        if (!saved)
            return std::unexpected(saved.error());
        Endpoint e = typed;
        e.password = saved->password;
        return e;
    });
    connect(dialog, &DataSourceDialog::saveRequested, this, [this, dialog] {
        const DataSource source = dialog->dataSource();
        const PasswordChange password = dialog->passwordChange();
        ensureSecretsReady(dialog, m_context, [this, dialog, source, password](bool ready) {
            if (!ready) {
                dialog->saveFinished(
                    fail(Error::Code::Locked, tr("the vault is locked: nothing was saved")));
                return;
            }
            ConsoleContext *context = m_context;
            runAsync(
                dialog,
                [context, source, password]() -> Result<DataSource> {
                    auto service = context->dataSourceService();
                    if (!service)
                        return std::unexpected(service.error());
                    return (*service)->update(source, password);
                },
                [this, dialog](const Result<DataSource> &updated) {
                    dialog->saveFinished(updated ? Status()
                                                 : Status(std::unexpected(updated.error())));
                    if (updated)
                        emit m_context->dataSourcesChanged();
                });
        });
    });
    // Open the dialog at once; the vault prompt (if any) comes when the password is needed.
    dialog->open();
}

void DataSourcePage::copySelected()
{
    const DataSource *s = selected();
    if (!s)
        return;
    DataSource proposal = *s;
    auto repository = m_context->dataSources();
    const DataSource original = *s;
    runAsync(
        this, [repository, name = s->name] { return repository->freeCopyName(name); },
        [this, original, proposal](const Result<QString> &name) mutable {
            proposal.name = name ? *name : original.name + QStringLiteral("-copy");
            auto *dialog = new DataSourceDialog(DataSourceDialog::Mode::Copy, proposal, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            ConsoleContext *context = m_context;
            dialog->setEndpointResolver(
                [context, original](const Endpoint &typed) -> Result<Endpoint> {
                    auto service = context->dataSourceService();
                    if (!service)
                        return std::unexpected(service.error());
                    auto saved = (*service)->endpointWithPassword(original);
                    if (!saved)
                        return std::unexpected(saved.error());
                    Endpoint e = typed;
                    e.password = saved->password;
                    return e;
                });
            connect(dialog, &DataSourceDialog::saveRequested, this, [this, dialog, original] {
                const DataSource copy = dialog->dataSource();
                const PasswordChange password = dialog->passwordChange();
                const bool reuse = dialog->reusesPassword();
                ensureSecretsReady(dialog, m_context, [=, this](bool ready) {
                    if (!ready) {
                        dialog->saveFinished(fail(Error::Code::Locked,
                                                  tr("the vault is locked: nothing was saved")));
                        return;
                    }
                    ConsoleContext *context = m_context;
                    runAsync(
                        dialog,
                        [context, copy, password, reuse, original]() -> Result<DataSource> {
                            auto service = context->dataSourceService();
                            if (!service)
                                return std::unexpected(service.error());
                            std::optional<QString> secret;
                            if (reuse) {
                                auto saved = (*service)->endpointWithPassword(original);
                                if (!saved)
                                    return std::unexpected(saved.error());
                                secret = saved->password;
                            } else if (password.kind == PasswordChange::Kind::Set) {
                                secret = password.value;
                            }
                            return (*service)->add(copy, secret);
                        },
                        [this, dialog](const Result<DataSource> &added) {
                            if (added)
                                m_pendingSelection = added->id;
                            dialog->saveFinished(added ? Status()
                                                       : Status(std::unexpected(added.error())));
                            if (added)
                                emit m_context->dataSourcesChanged();
                        });
                });
            });
            dialog->open();
        });
}

void DataSourcePage::deleteSelected()
{
    const DataSource *s = selected();
    if (!s)
        return;
    const DataSource source = *s;
    auto repository = m_context->dataSources();
    // Ask the store first: a data source in use is refused with the reason, before anyone
    // confirms a delete that cannot happen.
    runAsync(
        this, [repository, id = source.id] { return repository->usedBy(id); },
        [this, source](const Result<QStringList> &users) {
            if (users && !users->isEmpty()) {
                showMessage(this, QMessageBox::Information, tr("Data source in use"),
                            tr("%1 cannot be deleted: it is used by %2.\n\nDelete those "
                               "projects, or point them to another data source, first.")
                                .arg(source.name, users->join(QStringLiteral(", "))),
                            QStringLiteral("inUseMessage"));
                return;
            }
            const QString text =
                tr("Delete the data source %1 (%2)?\nIts saved password is deleted too.")
                    .arg(source.name, source.displayAddress());
            confirm(this, tr("Delete data source"), text, QStringLiteral("confirmDelete"),
                    [this, source] {
                        auto remove = [this, source](bool ready) {
                            if (!ready)
                                return;
                            ConsoleContext *context = m_context;
                            runAsync(
                                this,
                                [context, source]() -> Status {
                                    std::shared_ptr<SecretStore> secrets;
                                    if (source.hasPassword) {
                                        auto opened = context->secrets();
                                        if (!opened)
                                            return std::unexpected(opened.error());
                                        secrets = *opened;
                                    }
                                    return DataSourceService(context->dataSources(), secrets)
                                        .remove(source.name);
                                },
                                [this, source](const Status &removed) {
                                    if (!removed)
                                        showMessage(this, QMessageBox::Warning, tr("Not deleted"),
                                                    removed.error().text());
                                    m_reports.remove(source.id);
                                    emit m_context->dataSourcesChanged();
                                });
                        };
                        if (source.hasPassword)
                            ensureSecretsReady(this, m_context, remove);
                        else
                            remove(true);
                    });
        });
}

void DataSourcePage::testSelected()
{
    const DataSource *s = selected();
    if (!s)
        return;
    const DataSource source = *s;
    auto run = [this, source](bool ready) {
        if (!ready)
            return;
        m_testing.insert(source.id, true);
        selectionChanged();
        emit testStarted(source.name);
        ConsoleContext *context = m_context;
        runAsync(
            this,
            [context, source]() -> Result<ProbeReport> {
                std::shared_ptr<SecretStore> secrets;
                if (source.hasPassword) {
                    auto opened = context->secrets();
                    if (!opened)
                        return std::unexpected(opened.error());
                    secrets = *opened;
                }
                return DataSourceService(context->dataSources(), secrets).test(source.name);
            },
            [this, source](const Result<ProbeReport> &report) {
                m_testing.remove(source.id);
                if (report)
                    m_reports.insert(source.id, *report);
                else
                    m_reports.remove(source.id);
                m_pendingSelection = selected() ? selected()->id : source.id;
                emit testFinished(source.name, report.has_value());
                reload();
            });
    };
    if (source.hasPassword)
        ensureSecretsReady(this, m_context, run);
    else
        run(true);
}

} // namespace ferry::ui
