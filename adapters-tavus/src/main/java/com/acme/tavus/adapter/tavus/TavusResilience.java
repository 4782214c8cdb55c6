package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.shared.ProviderException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.Registry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The resilience policy around every Tavus call (ADR 0009), applied by {@link TavusCalls} and
 * nowhere else. For one call, outermost first:
 * <ol>
 *   <li><b>retry</b> ({@code tavus}): exponential backoff with jitter, only for failures a {@link
 *       TavusFailure} says are worth it: any operation whose connection could not be opened, and
 *       repeatable operations ({@link TavusOperation#repeatable()}) after a timeout, a 5xx or a lost
 *       connection. A create is never sent twice once it may have reached Tavus.
 *   <li><b>bulkhead</b> ({@code tavus}): caps concurrent upstream requests; a full bulkhead answers
 *       at once (it never waits, which would block an event-loop thread).
 *   <li><b>circuit breaker</b> ({@code tavus}): counts timeouts, 5xx, lost connections and unreadable
 *       answers; 4xx count as successes (Tavus is up) and 429 counts as nothing. While open, calls
 *       fail fast with a {@code Retry-After} of the time left before the next probe.
 *   <li><b>deadline</b> ({@code tavus-<operation>} time limiters): one attempt, from connecting to
 *       the last byte of the body, per {@link TavusTimeouts}.
 * </ol>
 * Each attempt is timed in {@value #METER} ({@code operation}, {@code outcome} tags).
 *
 * <p>The Resilience4j objects come from registries built by the caller (bootstrap binds them from
 * {@code resilience4j.*.configs.tavus} and exports their metrics); the failure rules are set here,
 * in code, because they are this adapter's knowledge. For the same reason an instance named {@code
 * tavus} must not already exist in a registry: it would have been built without them.
 */
public final class TavusResilience {

    /** The name of the circuit breaker, bulkhead and retry, and the prefix of the time limiters. */
    public static final String NAME = "tavus";
    /** Attempts at Tavus, timed, by {@code operation} and {@code outcome}. */
    public static final String METER = "tavus.upstream.requests";

    static final String CIRCUIT_OPEN = "Tavus is failing; calls to it are paused, try again later";
    static final String BUSY = "Too many calls to Tavus are in progress; try again shortly";
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(TavusResilience.class);

    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final Map<TavusOperation, TimeLimiter> deadlines;
    private final MeterRegistry meters;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final OpenCircuit openCircuit;

    private TavusResilience(CircuitBreaker circuitBreaker, Bulkhead bulkhead, Retry retry,
            Map<TavusOperation, TimeLimiter> deadlines, MeterRegistry meters) {
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
        this.retry = retry;
        this.deadlines = deadlines;
        this.meters = meters;
        this.openCircuit = new OpenCircuit(circuitBreaker);
    }

    /**
     * Builds the policy's instances in the given registries, each from the registry's configuration
     * named {@value #NAME} (its default configuration when there is none) plus this adapter's
     * failure rules.
     *
     * @throws IllegalArgumentException when the bulkhead is configured to wait for a permit
     * @throws IllegalStateException when a registry already holds an instance of one of the names
     */
    public static TavusResilience fromRegistries(CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters, TavusTimeouts timeouts, MeterRegistry meters) {
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(meters, "meters");

        var bulkheadConfig = BulkheadConfig.from(baseConfig(bulkheads)).build();
        if (!bulkheadConfig.getMaxWaitDuration().isZero()) {
            throw new IllegalArgumentException("The Tavus bulkhead's max-wait-duration must be 0: waiting for a permit"
                    + " would block an event-loop thread");
        }
        var circuitBreakerConfig = CircuitBreakerConfig.from(baseConfig(circuitBreakers))
                .recordExceptions()
                .ignoreExceptions()
                .recordException(failure -> failure instanceof TavusFailure f && f.upstreamFault())
                .ignoreException(failure -> failure instanceof TavusFailure f && f.neutral())
                .build();
        var retryConfig = RetryConfig.from(baseConfig(retries))
                .retryExceptions()
                .ignoreExceptions()
                .retryOnException(failure -> failure instanceof TavusFailure f && f.worthRetrying())
                .build();

        var deadlines = new EnumMap<TavusOperation, TimeLimiter>(TavusOperation.class);
        var timeLimiterBase = baseConfig(timeLimiters);
        for (var operation : TavusOperation.values()) {
            var name = NAME + "-" + operation.operationName();
            deadlines.put(operation, unclaimed(timeLimiters, name).timeLimiter(name,
                    TimeLimiterConfig.from(timeLimiterBase).timeoutDuration(timeouts.of(operation)).build()));
        }
        return new TavusResilience(
                unclaimed(circuitBreakers, NAME).circuitBreaker(NAME, circuitBreakerConfig),
                unclaimed(bulkheads, NAME).bulkhead(NAME, bulkheadConfig),
                unclaimed(retries, NAME).retry(NAME, retryConfig),
                deadlines, meters);
    }

    /** The breaker, for health reports. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /** The bulkhead, for health reports. */
    public Bulkhead bulkhead() {
        return bulkhead;
    }

    /** While the circuit is open: how long until it lets a probe through. */
    public Optional<Duration> openFor() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN
                ? Optional.of(openCircuit.retryAfter()) : Optional.empty();
    }

    /** The retry, whose events tell when an attempt is repeated. */
    Retry retry() {
        return retry;
    }

    /** The deadline of one attempt at {@code operation}. */
    Duration deadline(TavusOperation operation) {
        return deadlines.get(operation).getTimeLimiterConfig().getTimeoutDuration();
    }

    /**
     * {@code exchange} (one cold HTTP exchange, subscribed once per attempt) under the whole policy.
     * Fails only with port errors ({@link ProviderException}, {@code NotFoundException}).
     */
    <T> Mono<T> protect(TavusOperation operation, TavusTarget target, Mono<T> exchange) {
        var attempt = exchange
                .transformDeferred(TimeLimiterOperator.of(deadlines.get(operation)))
                .onErrorMap(failure -> TavusErrors.failureOf(failure, target).during(operation));
        return timed(operation, attempt)
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(this::portError);
    }

    private Throwable portError(Throwable failure) {
        return switch (failure) {
            case TavusFailure known -> known.error();
            case CallNotPermittedException open ->
                    new ProviderException.Unavailable(CIRCUIT_OPEN, openCircuit.retryAfter());
            case BulkheadFullException full -> new ProviderException.Unavailable(BUSY, BUSY_RETRY_AFTER);
            default -> failure;
        };
    }

    private <T> Mono<T> timed(TavusOperation operation, Mono<T> attempt) {
        return Mono.defer(() -> {
            var start = System.nanoTime();
            return attempt
                    .doOnSuccess(ignored -> record(operation, "success", start))
                    .doOnError(failure -> record(operation,
                            failure instanceof TavusFailure known ? known.kind().tag() : "error", start))
                    .doOnCancel(() -> record(operation, "cancelled", start));
        });
    }

    private void record(TavusOperation operation, String outcome, long start) {
        timers.computeIfAbsent(operation.operationName() + '|' + outcome, key -> Timer.builder(METER)
                        .description("One request to Tavus, from connecting to the end of the answer")
                        .tag("operation", operation.operationName())
                        .tag("outcome", outcome)
                        .register(meters))
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private static <C> C baseConfig(Registry<?, C> registry) {
        return registry.getConfiguration(NAME).orElseGet(registry::getDefaultConfig);
    }

    private static <R extends Registry<?, ?>> R unclaimed(R registry, String name) {
        if (registry.find(name).isPresent()) {
            throw new IllegalStateException("A Resilience4j instance named '" + name + "' already exists; configure"
                    + " Tavus under resilience4j.<module>.configs." + NAME
                    + " instead, its failure rules are set in code");
        }
        return registry;
    }

    /**
     * When an open circuit lets the next probe through. Resilience4j keeps that instant private, so
     * it is followed from the breaker's own transitions, with the same wait function.
     */
    private static final class OpenCircuit {

        private final CircuitBreaker breaker;
        private final AtomicInteger openings = new AtomicInteger();
        private volatile Instant openUntil;

        OpenCircuit(CircuitBreaker breaker) {
            this.breaker = breaker;
            breaker.getEventPublisher().onStateTransition(event -> {
                switch (event.getStateTransition().getToState()) {
                    case OPEN -> opened();
                    case CLOSED -> {
                        openings.set(0);
                        openUntil = null;
                        LOG.info("Circuit to Tavus closed: calls flow again");
                    }
                    case HALF_OPEN -> LOG.info("Circuit to Tavus half-open: letting probes through");
                    default -> LOG.warn("Circuit to Tavus is now {}", event.getStateTransition().getToState());
                }
            });
        }

        private void opened() {
            var wait = waitAfter(openings.incrementAndGet());
            openUntil = breaker.getCircuitBreakerConfig().getClock().instant().plus(wait);
            LOG.warn("Circuit to Tavus opened (failure rate {}%): calls fail fast for {} s",
                    breaker.getMetrics().getFailureRate(), wait.toSeconds());
        }

        Duration retryAfter() {
            var until = openUntil;
            if (until == null) {
                return waitAfter(1);
            }
            var left = Duration.between(breaker.getCircuitBreakerConfig().getClock().instant(), until);
            return left.isNegative() ? Duration.ZERO : left;
        }

        private Duration waitAfter(int opening) {
            var waits = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState();
            return Duration.ofMillis(waits.apply(opening));
        }
    }
}
