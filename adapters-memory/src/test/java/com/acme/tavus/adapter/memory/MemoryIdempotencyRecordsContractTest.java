package com.acme.tavus.adapter.memory;

import com.acme.tavus.adapter.persistence.idempotency.IdempotencyRecordsContract;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;

/** The idempotency records contract (races included) the jOOQ adapter passes, against the in-memory adapter. */
class MemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    private final MemoryIdempotencyRecords records = new MemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
