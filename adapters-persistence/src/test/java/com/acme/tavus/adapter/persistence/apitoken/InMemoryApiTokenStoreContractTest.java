package com.acme.tavus.adapter.persistence.apitoken;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.contract.ApiTokenStoreContract;

/** The contract against the application's in-memory fake, so the fake the use-case tests rely on behaves like the table. */
class InMemoryApiTokenStoreContractTest extends ApiTokenStoreContract {

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();

    @Override
    protected ApiTokenStore store() {
        return store;
    }
}
