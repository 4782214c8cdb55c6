package com.acme.tavus.adapter.persistence.onboarding;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The onboarding users contract on in-memory H2, migrated with the real changelog. */
class JooqOnboardingUsersH2Test extends JooqOnboardingUsersTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
