package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.testing.contract.IdempotencyRecordsContract;

/** The idempotency records contract (races included) the jOOQ adapter passes, against the in-memory adapter. */
class MemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    private final MemoryIdempotencyRecords records = new MemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
