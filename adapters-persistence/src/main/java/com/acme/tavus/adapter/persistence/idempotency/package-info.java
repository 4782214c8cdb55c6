/** The {@code idempotency_keys} table behind the application's {@code IdempotencyRecords} port. */
package com.acme.tavus.adapter.persistence.idempotency;
