package com.acme.tavus.adapter.persistence.idempotency;

import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.testing.InMemoryIdempotencyRecords;
import com.acme.tavus.application.testing.contract.IdempotencyRecordsContract;

/** The contract against the application's in-memory fake, so the fake the use-case tests rely on behaves like the database. */
class InMemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    private static final InMemoryIdempotencyRecords RECORDS = new InMemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return RECORDS;
    }
}
