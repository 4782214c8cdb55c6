/**
 * Idempotency keys: a client names a create request with an {@code Idempotency-Key}, and the
 * platform answers a repeat of that request (same caller, same key, same request) with the first
 * answer instead of creating the thing again. The rules about keys, request fingerprints, which
 * answers are remembered and when a record may be taken over live here; storage and HTTP do not.
 */
package com.acme.tavus.domain.idempotency;
