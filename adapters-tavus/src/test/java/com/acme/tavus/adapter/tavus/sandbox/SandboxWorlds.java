package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.testing.MutableClock;
import java.time.Instant;

/** Fresh sandbox worlds for the provider contract tests: the seeded account, on a clock of the test's own. */
final class SandboxWorlds {

    static final Instant START = Instant.parse("2025-05-13T06:42:58.291561Z");

    private SandboxWorlds() {}

    static SandboxTavus fresh() {
        return fresh(new MutableClock(START));
    }

    static SandboxTavus fresh(MutableClock clock) {
        return new SandboxTavus(clock, new SandboxSettings("http://localhost:8080/sandbox/calls/"));
    }
}
