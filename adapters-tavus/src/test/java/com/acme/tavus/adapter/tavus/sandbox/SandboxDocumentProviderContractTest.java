package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.contract.DocumentProviderContract;
import java.time.Duration;

/** The sandbox keeps the document contract; its clock finishes processing (20 s a run). */
class SandboxDocumentProviderContractTest extends DocumentProviderContract {

    private final MutableClock clock = new MutableClock(SandboxWorlds.START);
    private final DocumentProvider provider = new SandboxDocumentProvider(SandboxWorlds.fresh(clock));

    @Override
    protected DocumentProvider provider() {
        return provider;
    }

    @Override
    protected void finishProcessing() {
        clock.advance(Duration.ofMinutes(1));
    }
}
