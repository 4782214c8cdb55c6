/**
 * The HTTP side of idempotency keys: {@link com.acme.tavus.adapter.web.idempotency.Idempotent}
 * marks the create routes that honour an {@code Idempotency-Key} header, a web filter runs those
 * requests through the application's {@code HandleIdempotentRequestUseCase} (capturing the answer
 * to remember it, or replaying a remembered one), and an OpenAPI customizer documents the header.
 */
package com.acme.tavus.adapter.web.idempotency;
