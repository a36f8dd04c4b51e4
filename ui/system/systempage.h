#pragma once

#include <QWidget>

class QLabel;

namespace ferry::ui {

class ConsoleContext;

// System Management: where this installation keeps its store, secrets and log, and the
// versions of the libraries it runs on.
class SystemPage : public QWidget
{
    Q_OBJECT

public:
    explicit SystemPage(ConsoleContext *context, QWidget *parent = nullptr);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    ConsoleContext *m_context;
    QLabel *m_facts;
};

} // namespace ferry::ui
