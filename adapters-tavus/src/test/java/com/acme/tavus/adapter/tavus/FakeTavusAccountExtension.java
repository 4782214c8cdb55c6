package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link FakeTavusServer} for a test class, programmed as a fresh {@link FakeTavusAccount} before
 * each test: what the provider contract tests of the HTTP adapter run against. Register it with
 * {@code @RegisterExtension static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();}.
 */
final class FakeTavusAccountExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private FakeTavusServer server;
    private FakeTavusAccount account;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FakeTavusServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        account = FakeTavusAccount.on(server);
    }

    /** The client's calls to this server (no retries, short deadlines). */
    TavusCalls calls() {
        return TavusWireTestSupport.calls(server.baseUrl());
    }

    /** The account of the running test. */
    FakeTavusAccount account() {
        return account;
    }
}
