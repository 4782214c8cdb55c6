package com.acme.tavus.application.webhook;

import com.acme.tavus.application.webhook.port.in.DispatchWebhooksUseCase;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox.ClaimedDelivery;
import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.application.webhook.port.out.WebhookSender.SendResult;
import com.acme.tavus.domain.webhook.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One dispatcher pass: claims due deliveries under a lease, signs and sends each (a few at a
 * time), and records the outcome: delivered on 2xx; otherwise tried again after the
 * {@link RetryPolicy}'s backoff, or given up ({@code failed}) once it says so. Safe to run on every
 * instance at once: claims keep a delivery with one dispatcher (see {@link ConversationEventOutbox}).
 *
 * <p>The lease must outlast a send (the sender's deadline) by a margin, or a slow send could be
 * claimed and sent again by another dispatcher; bootstrap refuses to start otherwise.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {

    private static final System.Logger LOG = System.getLogger(DispatchWebhooksService.class.getName());
    private static final int MAX_ERROR = 200;
    private static final int MAX_ROUNDS = 10;

    private final ConversationEventOutbox outbox;
    private final WebhookSender sender;
    private final Settings settings;
    private final RandomGenerator random;
    private final Clock clock;

    public DispatchWebhooksService(ConversationEventOutbox outbox, WebhookSender sender, Settings settings,
            RandomGenerator random, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param lease how long a claim lasts; longer than a send may take
     * @param batch deliveries claimed per pass
     * @param concurrency deliveries sent at once
     */
    public record Settings(RetryPolicy retry, Duration lease, int batch, int concurrency) {
        public Settings {
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(lease, "lease");
            if (lease.isNegative() || lease.isZero() || batch < 1 || concurrency < 1) {
                throw new IllegalArgumentException("lease must be positive, batch and concurrency at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(RetryPolicy.defaults(), Duration.ofMinutes(1), 50, 8);
        }
    }

    /**
     * Rounds of claim-and-send, until a round delivers nothing (at most {@value #MAX_ROUNDS}): a
     * delivered event lets its conversation's next one through at once instead of a pass later.
     */
    @Override
    public Mono<Integer> dispatchDue() {
        return round()
                .expand(delivered -> delivered > 0 ? round() : Mono.empty())
                .take(MAX_ROUNDS)
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> round() {
        return Mono.defer(() -> outbox.claimDue(clock.instant(), settings.lease(), settings.batch()))
                .flatMapMany(Flux::fromIterable)
                .flatMap(this::deliver, settings.concurrency())
                .filter(Boolean::booleanValue)
                .count()
                .map(Long::intValue);
    }

    private Mono<Boolean> deliver(ClaimedDelivery claim) {
        var event = claim.event();
        var headers = WebhookSignature.headers(claim.subscription().secret(), event.id().toString(), clock.instant(),
                event.body());
        return sender.send(claim.subscription().url(), headers, event.body())
                .onErrorResume(error -> Mono.just(SendResult.unreachable(error.getClass().getSimpleName())))
                .flatMap(result -> record(claim, result));
    }

    private Mono<Boolean> record(ClaimedDelivery claim, SendResult result) {
        var now = clock.instant();
        if (result.isSuccess()) {
            return outbox.delivered(claim, now, result.status()).thenReturn(true);
        }
        var attempts = claim.attempts() + 1;
        var error = describe(result);
        if (settings.retry().givesUp(attempts, claim.event().occurredAt(), now)) {
            LOG.log(Level.WARNING, "Webhook delivery {0} ({1} to subscription {2}) failed for good after {3} attempts: {4}",
                    claim.deliveryId(), claim.event().type().value(), claim.subscription().id(), attempts, error);
            return outbox.failed(claim, now, result.status(), error).thenReturn(false);
        }
        var next = now.plus(settings.retry().delayAfter(attempts, random));
        LOG.log(Level.DEBUG, "Webhook delivery {0} attempt {1} failed ({2}); next at {3}", claim.deliveryId(), attempts,
                error, next);
        return outbox.retryLater(claim, now, next, result.status(), error).thenReturn(false);
    }

    private static String describe(SendResult result) {
        var text = result.status() != null ? "HTTP " + result.status()
                : result.error() == null ? "no answer" : result.error();
        var printable = text.replaceAll("\\p{Cntrl}", " ");
        return printable.length() > MAX_ERROR ? printable.substring(0, MAX_ERROR) : printable;
    }
}
