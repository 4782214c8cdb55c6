package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.testing.contract.ApiTokenStoreContract;

/** The API token store contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryApiTokenStoreContractTest extends ApiTokenStoreContract {

    private final MemoryApiTokenStore store = new MemoryApiTokenStore();

    @Override
    protected ApiTokenStore store() {
        return store;
    }
}
