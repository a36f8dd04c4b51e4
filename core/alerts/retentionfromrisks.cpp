#include "retentionfromrisks.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ferry {

RetentionProvider riskBoardRetention(std::shared_ptr<MetaStore> store,
                                     RiskBoard::SecretOpener secrets)
{
    auto board = std::make_shared<RiskBoard>(std::move(store), std::move(secrets));
    return [board]() -> std::optional<QList<RetentionFact>> {
        auto facts = board->retentionFacts();
        if (!facts)
            return std::nullopt;
        // One fact per project: its worst stream.
        QHash<QString, RetentionFact> byProject;
        QStringList order;
        for (const RetentionFacts &f : std::as_const(*facts)) {
            if (!f.error.isEmpty())
                continue; // the source could not be asked: nothing to say about it
            RetentionFact fact;
            fact.project = f.project;
            fact.secondsLeft = f.retentionLeftSeconds;
            for (const Risk &r : RiskBoard::assessRetention(f, board->options())) {
                if (r.severity == Risk::Severity::Info)
                    continue;
                fact.atRisk = true;
                fact.detail = r.summary + u" "_s + r.action;
            }
            if (!byProject.contains(f.project)) {
                order << f.project;
                byProject.insert(f.project, fact);
            } else if (fact.atRisk && !byProject.value(f.project).atRisk) {
                byProject.insert(f.project, fact);
            }
        }
        QList<RetentionFact> out;
        for (const QString &project : std::as_const(order))
            out << byProject.value(project);
        return out;
    };
}

} // namespace ferry
