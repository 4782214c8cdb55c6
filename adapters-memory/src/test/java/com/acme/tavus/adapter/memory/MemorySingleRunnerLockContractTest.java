package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import com.acme.tavus.application.testing.contract.SingleRunnerLockContract;

/** The job-lock contract the jOOQ adapter passes, against the in-memory adapter. */
class MemorySingleRunnerLockContractTest extends SingleRunnerLockContract {

    private final MemorySingleRunnerLock lock = new MemorySingleRunnerLock();

    @Override
    protected SingleRunnerLock lock() {
        return lock;
    }
}
