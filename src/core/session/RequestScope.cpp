#include "session/RequestScope.h"

RequestScope::RequestScope(QObject* parent)
    : QObject(parent)
{
}

void RequestScope::reset()
{
    ++m_generation;
}
