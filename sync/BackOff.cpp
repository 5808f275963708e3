#include "sync/BackOff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace motcua::sync {

BackOff::BackOff(RetryPolicy policy, Random random) : m_policy(policy), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int BackOff::nextDelayMs()
{
    const int shift = std::min(m_failures, 30);
    const double full
        = std::min(static_cast<double>(m_policy.maxMs), static_cast<double>(m_policy.baseMs) * double(1LL << shift));
    ++m_failures;
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return static_cast<int>(full * (1.0 - jitter + jitter * r));
}

} // namespace motcua::sync
