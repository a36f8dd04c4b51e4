#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace ferry {

// Writes `bytes` to `path` all or nothing (a temporary file renamed into place), so a failed
// export never leaves half a file behind. The error names the path and what to check.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace ferry
