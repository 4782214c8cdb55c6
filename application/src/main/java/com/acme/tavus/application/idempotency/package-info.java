/**
 * Idempotent create requests: the first request under a caller's {@code Idempotency-Key} is
 * served and its successful answer remembered; repeats of the same request get that answer back
 * without the provider being called again, even when they arrive while the first is still being
 * served. The records live behind the {@code IdempotencyRecords} port, in the database, so they
 * hold across restarts and instances.
 */
package com.acme.tavus.application.idempotency;
