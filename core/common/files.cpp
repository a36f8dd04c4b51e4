#include "files.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ferry {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()),
                    u"Check that the folder exists and is writable."_s, path);
    return {};
}

} // namespace ferry
