/**
 * The Tavus v2 HTTP client: outbound providers that implement the application's ports on top of a
 * {@link org.springframework.web.reactive.function.client.WebClient} built by {@link
 * com.acme.tavus.adapter.tavus.TavusWebClients}. Wire DTOs are package-private records; every
 * upstream failure is translated in exactly one place, {@code TavusErrors}, so callers only ever see
 * the port's {@code ProviderException}s and {@code NotFoundException}.
 */
package com.acme.tavus.adapter.tavus;
