package com.acme.tavus.adapter.persistence.apitoken;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.testing.contract.ApiTokenStoreContract;
import java.time.Duration;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract through the cache, over the jOOQ store on H2, as production wires it: whatever is
 * written through the cached store is read back at once, cache or not.
 */
class CachingApiTokenStoreContractTest extends ApiTokenStoreContract {

    private static ApiTokenStore store;

    @BeforeAll
    static void migrate() {
        var jooq = new JooqApiTokenStore(
                DSL.using(H2TestDatabase.newMigratedDatabase(), SQLDialect.H2, JooqSettings.platformDefaults()));
        store = new CachingApiTokenStore(jooq, Duration.ofMinutes(5), Duration.ofMinutes(5), 1_000);
    }

    @Override
    protected ApiTokenStore store() {
        return store;
    }
}
