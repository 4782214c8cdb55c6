package com.acme.tavus.application.testing;

import com.acme.tavus.application.admin.port.out.PasswordHasher;
import com.acme.tavus.application.testing.contract.PasswordHasherContract;

/** The fast test hasher keeps the contract the real one does, so tests that use it prove something. */
class TestPasswordHasherContractTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new TestPasswordHasher();
    }
}
