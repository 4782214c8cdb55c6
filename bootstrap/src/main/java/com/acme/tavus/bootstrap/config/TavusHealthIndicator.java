package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusResilience;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Tavus as this instance sees it, in the {@code tavus} component of {@code /actuator/health}: the
 * circuit's state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}), its failure rate, the wait
 * before the next probe while it is open, and the free places in the bulkhead.
 *
 * <p>Always {@code UP}. A Tavus outage is not this instance's fault: restarting it or taking it out
 * of the load balancer would not help, and the circuit already sheds the load. So the overall
 * status stays {@code UP} and readiness (its own group, {@code readinessState} only) never fails
 * because of Tavus. Resilience4j's own health indicator is not used because an open circuit would
 * turn the overall status into {@code CIRCUIT_OPEN}.
 */
final class TavusHealthIndicator implements HealthIndicator {

    private final TavusResilience resilience;

    TavusHealthIndicator(TavusResilience resilience) {
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    @Override
    public Health health() {
        var breaker = resilience.circuitBreaker();
        var metrics = breaker.getMetrics();
        var details = new LinkedHashMap<String, Object>();
        details.put("circuit", breaker.getState().name());
        // -1 until the breaker has seen its minimum number of calls.
        details.put("failureRate", metrics.getFailureRate() < 0 ? "not yet measured" : metrics.getFailureRate() + "%");
        details.put("bufferedCalls", metrics.getNumberOfBufferedCalls());
        details.put("failedCalls", metrics.getNumberOfFailedCalls());
        details.put("notPermittedCalls", metrics.getNumberOfNotPermittedCalls());
        resilience.openFor().ifPresent(wait -> details.put("retryAfterSeconds", (wait.toMillis() + 999) / 1000));
        details.put("availableConcurrentCalls", resilience.bulkhead().getMetrics().getAvailableConcurrentCalls());
        return Health.up().withDetails(details).build();
    }
}
