#include "targettable.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString fidelityName(Fidelity fidelity)
{
    switch (fidelity) {
    case Fidelity::Exact: return u"exact"_s;
    case Fidelity::Widened: return u"widened"_s;
    case Fidelity::Lossy: return u"lossy"_s;
    case Fidelity::Unsupported: return u"unsupported"_s;
    }
    return u"exact"_s;
}

} // namespace ferry
