#include "Capabilities.h"

#include <QCoreApplication>

QString Capabilities::flavorName() const
{
    switch (flavor) {
    case Flavor::Unknown:
        return QCoreApplication::translate("Capabilities", "unknown");
    case Flavor::Classic:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest (classic, Prosody 0.9–0.12)");
    case Flavor::Current:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest (current, Prosody 13)");
    case Flavor::Ours:
        return QCoreApplication::translate("Capabilities", "mod_admin_rest with this console's extensions");
    }
    return {};
}
