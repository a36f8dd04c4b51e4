#pragma once

// Drives the migration wizard as a user would: by object name, waiting for the workers the
// pages start. Shared by the wizard's own test and the console's end-to-end test.

#include "migration/wizard/datasourcechoicemodel.h"
#include "migration/wizard/migrationwizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

namespace ferry::test::wizard {

template<typename T>
T *field(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

inline QPushButton *button(QWidget *root, const QString &name)
{
    return field<QPushButton>(root, name);
}

// Selects the data source `name` once the combo has read the list.
inline void choose(QComboBox *combo, const QString &name)
{
    QTRY_VERIFY(combo->count() > 1);
    int row = -1;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i, ui::DataSourceChoiceModel::NameRole).toString() == name)
            row = i;
    QVERIFY2(row >= 0, qPrintable(name));
    combo->setCurrentIndex(row);
}

// Fills page 1 with a fresh name and the two data sources.
inline void fillFirstPage(ui::MigrationWizard *w, const QString &name, const QString &source,
                          const QString &target)
{
    QTest::keyClicks(field<QLineEdit>(w, QStringLiteral("nameField")), name);
    choose(field<QComboBox>(w, QStringLiteral("sourceCombo")), source);
    choose(field<QComboBox>(w, QStringLiteral("targetCombo")), target);
    QTRY_COMPARE(field<QLabel>(w, QStringLiteral("nameStatus"))->text(),
                 QStringLiteral("✓ The name is free."));
}

// Clicks Next once the page allows it (the status line says why not) and checks the step.
inline void next(ui::MigrationWizard *w, int expectedStep)
{
    QPushButton *b = button(w, QStringLiteral("nextButton"));
    QTRY_VERIFY2(b->isEnabled(),
                 qPrintable(field<QLabel>(w, QStringLiteral("wizardStatus"))->text()));
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(w->currentStep(), expectedStep);
}

} // namespace ferry::test::wizard
