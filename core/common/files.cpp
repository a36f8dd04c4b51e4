#include "files.h"
#include "common/language.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ferry {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io, Text::tr("cannot write %1: %2").arg(path, file.errorString()),
                    Text::tr("Check that the folder exists and is writable."), path);
    return {};
}

} // namespace ferry
