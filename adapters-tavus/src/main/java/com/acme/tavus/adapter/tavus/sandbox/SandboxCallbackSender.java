package com.acme.tavus.adapter.tavus.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Where the sandbox sends the callbacks Tavus would send to a conversation's {@code callback_url}
 * (TAVUS_API.md §7.1): an outbound port of the simulator, so the simulator itself stays free of
 * HTTP and tests can capture deliveries.
 */
@FunctionalInterface
public interface SandboxCallbackSender {

    /** Sends nothing: for a sandbox whose callbacks nobody listens to. */
    SandboxCallbackSender NONE = (callbackUrl, payloads) -> {};

    /**
     * Delivers {@code payloads} to {@code callbackUrl}, one after the other in this order.
     * Asynchronous: returns at once, never blocks and never throws; failures are the sender's to
     * log and retry.
     */
    void send(String callbackUrl, List<Map<String, Object>> payloads);
}
