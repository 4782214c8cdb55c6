package com.acme.tavus.bootstrap.config;

import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the service talks to the real Tavus API or to the in-process sandbox. Decided once, at
 * start, from {@code tavus.api-key}: the choice of adapter is made here, never in a use case.
 */
public enum TavusMode {
    SANDBOX,
    LIVE;

    /** The lower-case name used in the {@code X-Tavus-Mode} header and {@code /actuator/info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static boolean sandboxIn(ConditionContext context) {
        var key = context.getEnvironment().getProperty("tavus.api-key");
        return key == null || key.isBlank();
    }

    /** Matches when no Tavus API key is configured. */
    static final class SandboxCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return sandboxIn(context);
        }
    }

    /** Matches when a Tavus API key is configured. */
    static final class LiveCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !sandboxIn(context);
        }
    }
}
