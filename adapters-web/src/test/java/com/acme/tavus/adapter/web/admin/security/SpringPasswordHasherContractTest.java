package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.application.admin.port.out.PasswordHasher;
import com.acme.tavus.application.testing.contract.PasswordHasherContract;

/** The production hasher keeps the port contract (at bcrypt's minimum cost, to stay fast). */
class SpringPasswordHasherContractTest extends PasswordHasherContract {

    private final SpringPasswordHasher hasher = new SpringPasswordHasher(4);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
