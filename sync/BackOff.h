// BackOff: how long to wait before retrying after a transient failure (timeout, 5xx, dropped
// connection): exponential from `baseMs`, capped at `maxMs`, with random jitter so that many desks
// coming back after an outage do not all knock at once. The random source is injected, so tests
// compute the delays exactly.
#pragma once

#include <functional>

namespace motcua::sync {

struct RetryPolicy {
    int baseMs = 500;
    int maxMs = 60000;
    double jitter = 0.5; // share of the delay that is random: delay * (1 - jitter + jitter * random)
};

class BackOff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit BackOff(RetryPolicy policy = {}, Random random = {});
    // The delay before the next attempt; counts one more failure.
    int nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    const RetryPolicy& policy() const { return m_policy; }

private:
    RetryPolicy m_policy;
    Random m_random;
    int m_failures = 0;
};

} // namespace motcua::sync
