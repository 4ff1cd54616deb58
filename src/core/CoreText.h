#pragma once

#include <QCoreApplication>

namespace iitalent {

// The translation context of the core's messages (store, catalog and import errors): CoreText::tr("...").
class CoreText final
{
    Q_DECLARE_TR_FUNCTIONS(iitalent::CoreText)
};

} // namespace iitalent
